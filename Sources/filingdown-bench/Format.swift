/// Number formatting without Foundation.
enum Fmt {
    /// `x` with `digits` decimals, rounded half away from zero.
    static func num(_ x: Double, _ digits: Int = 1) -> String {
        guard x.isFinite else { return "n/a" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let negative = x < 0
        let scaled = Int((abs(x) * scale).rounded())
        var whole = String(scaled / Int(scale))
        if digits > 0 {
            var frac = String(scaled % Int(scale))
            while frac.count < digits { frac = "0" + frac }
            whole += "." + frac
        }
        return negative ? "-" + whole : whole
    }

    static func mb(_ bytes: Int) -> String { num(Double(bytes) / 1e6, 1) }
    static func mib(_ kib: Int) -> String { num(Double(kib) / 1024, 1) }

    static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }

    static func median(_ xs: [Double]) -> Double {
        guard !xs.isEmpty else { return .nan }
        let s = xs.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    static func mark(_ ok: Bool) -> String { ok ? "met" : "**not met**" }
}
