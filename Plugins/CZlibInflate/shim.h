// zlib, for the PDF plugin's own look at content streams before poppler runs them
// (Plugins/PDFPlugin/Inspection): a stream is inflated only up to a cap.
#ifndef CZLIB_SHIM_H
#define CZLIB_SHIM_H

#include <zlib.h>

#endif
