#ifndef REPORTCONV_CLIBXML2_SHIM_H
#define REPORTCONV_CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU, so <libxml/encoding.h> includes <unicode/ucnv.h>. Foundation
// brings its own ICU module, and a clean build that sees both fails with "'UErrorCode' has
// different definitions in different modules". We never use libxml2's ICU converters (the plugin
// transcodes to UTF-8 itself), so stop ucnv.h from being included and declare only the two
// names encoding.h needs, as opaque/plain types.
#include <libxml/xmlversion.h>
#ifdef LIBXML_ICU_ENABLED
#define UCNV_H
#include <stdint.h>
typedef struct UConverter UConverter;
typedef uint16_t UChar;
#endif

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlmemory.h>

// xmlFree is a global function-pointer variable, which Swift 6 rejects as not
// concurrency-safe; calling it through a function keeps the variable out of Swift.
static inline void reportconv_xmlFree(void *pointer) {
    xmlFree(pointer);
}

#endif
