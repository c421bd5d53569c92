#pragma once

#include <QImage>
#include <QStringList>
#include <zbar.h>

using namespace zbar; // the C API sits in namespace zbar when compiled as C++

// Decodes every barcode in an image with libzbar, as a scanner at the pack station would read it.
inline QStringList zbarDecode(const QImage &source)
{
    const QImage gray = source.convertToFormat(QImage::Format_Grayscale8);
    QByteArray pixels;
    pixels.reserve(gray.width() * gray.height());
    for (int y = 0; y < gray.height(); ++y)
        pixels.append(reinterpret_cast<const char *>(gray.constScanLine(y)), gray.width());
    zbar_image_scanner_t *scanner = zbar_image_scanner_create();
    zbar_image_scanner_set_config(scanner, ZBAR_NONE, ZBAR_CFG_ENABLE, 1);
    zbar_image_t *image = zbar_image_create();
    zbar_image_set_format(image, zbar_fourcc('Y', '8', '0', '0'));
    zbar_image_set_size(image, unsigned(gray.width()), unsigned(gray.height()));
    zbar_image_set_data(image, pixels.constData(), unsigned(pixels.size()), nullptr);
    zbar_scan_image(scanner, image);
    QStringList found;
    for (const zbar_symbol_t *s = zbar_image_first_symbol(image); s; s = zbar_symbol_next(s))
        found << QString::fromUtf8(zbar_symbol_get_data(s));
    zbar_image_destroy(image);
    zbar_image_scanner_destroy(scanner);
    return found;
}
