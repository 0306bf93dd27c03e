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

/* Swift 6 refuses the global function pointer xmlFree as not concurrency-safe. */
static inline void fd_xml_free(void *p) { xmlFree(p); }

/* glibc's malloc_consolidate after freeing a large DOM costs ~200 ms per 20 MB document. */
static inline void fd_disable_fastbins(void) { mallopt(M_MXFAST, 0); }

#endif
