#pragma once

#include <QString>
#include <algorithm>
#include <optional>

// The per-parcel weight check: the scale reading against the items' catalog weights plus the
// packaging, within a tolerance (whichever of the percent or the grams is larger).
struct WeightRule {
    bool required = false; // weigh every parcel before it is packed
    int packagingGrams = 30;
    int tolerancePercent = 10;
    int toleranceGrams = 50;
    // What this station's scale types before a reading ("W", "ST,GS,"); empty: the scale sends the
    // bare number. With a prefix, a reading is told from a barcode in any state.
    QString scalePrefix;

    int low(int expectedItemsGrams) const
    {
        return expectedItemsGrams + packagingGrams - allowance(expectedItemsGrams);
    }
    int high(int expectedItemsGrams) const
    {
        return expectedItemsGrams + packagingGrams + allowance(expectedItemsGrams);
    }
    // True when there is nothing to compare against (unknown item weights).
    bool accepts(int actualGrams, int expectedItemsGrams) const
    {
        return expectedItemsGrams <= 0 ||
               (actualGrams >= low(expectedItemsGrams) && actualGrams <= high(expectedItemsGrams));
    }
    int allowance(int expectedItemsGrams) const
    {
        return std::max(toleranceGrams, (expectedItemsGrams + packagingGrams) * tolerancePercent / 100);
    }

    // A scale (or a person) types "1234" (grams), "1.234" / "1.234kg" (kilograms) or "1234g";
    // scales add a sign, leading zeros and spaces ("+001.234 kg", "  1234 g").
    static std::optional<int> parseGrams(const QString &text);
    // The reading after the scale's prefix, when one is set and the code starts with it.
    std::optional<QString> scaleReading(const QString &code) const;
};
