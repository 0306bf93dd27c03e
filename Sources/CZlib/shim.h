#ifndef FILINGDOWN_CZLIB_SHIM_H
#define FILINGDOWN_CZLIB_SHIM_H

#include <zlib.h>

/* inflateInit2 is a macro, which Swift does not import. 15 + 32: the largest window, and
   gzip or zlib framing detected from the header. */
static inline int fd_inflate_init(z_stream *stream) {
    return inflateInit2(stream, 15 + 32);
}

#endif
