#pragma once

#include <QString>

// A Chinese delivery address split the way warehouses and couriers use it.
struct ParsedAddress {
    QString province;      // 浙江省 / 北京
    QString city;          // 杭州市 / 北京市
    QString district;      // 西湖区 (empty for cities without districts, e.g. 东莞市)
    QString detail;        // street and number, with a 4th level (街道/镇) kept in front
    QString postcode;      // 310000 when the platform appended "(310000)", or ", 310000" (see below)
    QString phone;         // a phone some shop systems append after the address, postcode and all
    bool tailRead = false; // postcode or phone were split off the end without brackets
    QString raw;           // as written
    bool complete() const { return !province.isEmpty() && !city.isEmpty() && !detail.isEmpty(); }
};

// Parses Taobao's one-field address "省 市 区 详细地址(邮编)": space separated levels,
// municipalities written twice ("北京 北京市 朝阳区 …") or once ("上海 浦东新区 …"),
// 4-level rows (街道/镇 after the district), and, as a fallback, the same without spaces.
// Other shop systems' variants: a lone "-" between district and street, and the postcode and the
// receiver's phone appended after a space or comma ("… 文三路1号，310012，13800138000").
namespace AddressParser {
ParsedAddress parse(const QString &raw);
bool isProvince(const QString &name);
} // namespace AddressParser
