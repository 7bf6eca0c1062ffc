// The C surface the PDF plugin's OCR uses: Tesseract's C API for recognition, Leptonica for the
// page image handed to it (deskewing a scan before its rules and words are read).
#ifndef CTESSERACT_SHIM_H
#define CTESSERACT_SHIM_H

#include <leptonica/allheaders.h>
#include <tesseract/capi.h>

#endif
