#ifndef FILINGDOWN_CLIBXML2_SHIM_H
#define FILINGDOWN_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU; its <unicode/ucnv.h> clashes with Foundation's
   own ICU module (UErrorCode defined twice). Swift never touches the ICU fields. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <malloc.h>

/* GNU extensions (not visible through Swift's Glibc module): byte search at memory speed. */
#include <stddef.h>
extern void *memrchr(const void *s, int c, size_t n);
extern void *memmem(const void *haystack, size_t haystacklen, const void *needle, size_t needlelen);
static inline const void *fd_memchr(const void *s, int c, size_t n) { return memchr(s, c, n); }
static inline const void *fd_memrchr(const void *s, int c, size_t n) { return memrchr(s, c, n); }
static inline const void *fd_memmem(const void *h, size_t hn, const void *n, size_t nn) { return memmem(h, hn, n, nn); }

/* Swift 6 refuses the global function pointer xmlFree as not concurrency-safe. */
static inline void fd_xml_free(void *p) { xmlFree(p); }

/* glibc's malloc_consolidate after freeing a large DOM costs ~200 ms per 20 MB document. */
static inline void fd_disable_fastbins(void) { mallopt(M_MXFAST, 0); }

#endif
