#ifndef FILINGDOWN_CARCHIVE_SHIM_H
#define FILINGDOWN_CARCHIVE_SHIM_H

#include <archive.h>
#include <archive_entry.h>

#endif
