#include "AddressParser.h"

#include "FieldText.h"

#include <QRegularExpression>
#include <QStringList>

namespace {
struct Province {
    const char16_t *shortName;
    const char16_t *fullName;
    bool municipality;
};

const Province kProvinces[] = {
    {u"北京", u"北京市", true},          {u"天津", u"天津市", true},
    {u"上海", u"上海市", true},          {u"重庆", u"重庆市", true},
    {u"河北", u"河北省", false},         {u"山西", u"山西省", false},
    {u"辽宁", u"辽宁省", false},         {u"吉林", u"吉林省", false},
    {u"黑龙江", u"黑龙江省", false},     {u"江苏", u"江苏省", false},
    {u"浙江", u"浙江省", false},         {u"安徽", u"安徽省", false},
    {u"福建", u"福建省", false},         {u"江西", u"江西省", false},
    {u"山东", u"山东省", false},         {u"河南", u"河南省", false},
    {u"湖北", u"湖北省", false},         {u"湖南", u"湖南省", false},
    {u"广东", u"广东省", false},         {u"海南", u"海南省", false},
    {u"四川", u"四川省", false},         {u"贵州", u"贵州省", false},
    {u"云南", u"云南省", false},         {u"陕西", u"陕西省", false},
    {u"甘肃", u"甘肃省", false},         {u"青海", u"青海省", false},
    {u"台湾", u"台湾省", false},         {u"内蒙古", u"内蒙古自治区", false},
    {u"广西", u"广西壮族自治区", false}, {u"西藏", u"西藏自治区", false},
    {u"宁夏", u"宁夏回族自治区", false}, {u"新疆", u"新疆维吾尔自治区", false},
    {u"香港", u"香港特别行政区", false}, {u"澳门", u"澳门特别行政区", false},
};

const Province *findProvince(const QString &token)
{
    for (const Province &p : kProvinces) {
        const QString shortName = QString::fromUtf16(p.shortName);
        if (token == shortName || token == QString::fromUtf16(p.fullName) ||
            (token.startsWith(shortName) &&
             (token.endsWith(u'省') || token.endsWith(QStringLiteral("自治区")))))
            return &p;
    }
    return nullptr;
}

bool isDistrict(const QString &t)
{
    return t.size() >= 2 &&
           (t.endsWith(u'区') || t.endsWith(u'县') || t.endsWith(u'市') || t.endsWith(u'旗'));
}

bool isTown(const QString &t)
{
    return t.endsWith(u'镇') || t.endsWith(QStringLiteral("街道")) || t.endsWith(u'乡');
}

// Index just after the first of `suffixes` found within `limit` characters from `from`, or -1.
qsizetype cutAfter(const QString &s, qsizetype from, const QStringList &suffixes, qsizetype limit)
{
    qsizetype best = -1;
    for (const QString &suffix : suffixes) {
        const qsizetype at = s.indexOf(suffix, from + 1);
        if (at > from && at - from < limit && (best < 0 || at + suffix.size() < best))
            best = at + suffix.size();
    }
    return best;
}

void parseCompact(const QString &text, ParsedAddress &a)
{
    for (const Province &p : kProvinces) {
        const QString fullName = QString::fromUtf16(p.fullName);
        const QString shortName = QString::fromUtf16(p.shortName);
        qsizetype pos = -1;
        if (text.startsWith(fullName)) {
            a.province = fullName;
            pos = fullName.size();
        } else if (text.startsWith(shortName)) {
            a.province = shortName;
            pos = shortName.size();
        } else {
            continue;
        }
        if (p.municipality) {
            a.city = fullName;
            if (text.mid(pos).startsWith(fullName))
                pos += fullName.size();
            else if (text.mid(pos).startsWith(u'市'))
                pos += 1;
        } else {
            const qsizetype cityEnd = cutAfter(text, pos,
                                               {QStringLiteral("市"), QStringLiteral("自治州"),
                                                QStringLiteral("地区"), QStringLiteral("盟")},
                                               10);
            if (cityEnd > 0) {
                a.city = text.mid(pos, cityEnd - pos);
                pos = cityEnd;
            }
        }
        const qsizetype districtEnd = cutAfter(
            text, pos,
            {QStringLiteral("区"), QStringLiteral("县"), QStringLiteral("市"), QStringLiteral("旗")}, 8);
        if (districtEnd > 0 && !a.city.isEmpty()) {
            a.district = text.mid(pos, districtEnd - pos);
            pos = districtEnd;
        }
        a.detail = FieldText::trimmed(text.mid(pos));
        return;
    }
    a.detail = text;
}
} // namespace

bool AddressParser::isProvince(const QString &name)
{
    return findProvince(name) != nullptr;
}

ParsedAddress AddressParser::parse(const QString &raw)
{
    ParsedAddress a;
    a.raw = raw;
    QString text = FieldText::trimmed(raw);
    static const QRegularExpression postcode(QStringLiteral("[(（]\\s*(\\d{6})\\s*[)）]\\s*$"));
    const QRegularExpressionMatch m = postcode.match(text);
    if (m.hasMatch()) {
        a.postcode = m.captured(1);
        text = FieldText::trimmed(text.left(m.capturedStart()));
    } else {
        // "… 文三路1号，310012，13800138000" / "… 文三路1号 310012 0571-88886666": postcode and
        // phone in either order, each after a separator.
        static const QRegularExpression tail(QStringLiteral(
            "[\\s\\x{3000},，;；]+(\\d{6}|1\\d{10}|0\\d{2,3}-?\\d{7,8})[\\s\\x{3000},，;；]*$"));
        for (int i = 0; i < 2; ++i) {
            const QRegularExpressionMatch t = tail.match(text);
            if (!t.hasMatch())
                break;
            const QString found = t.captured(1);
            QString &slot = found.size() == 6 ? a.postcode : a.phone;
            if (!slot.isEmpty())
                break;
            slot = found;
            a.tailRead = true;
            text = FieldText::trimmed(text.left(t.capturedStart()));
        }
    }
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{3000}]+"));
    QStringList tokens = text.split(spaces, Qt::SkipEmptyParts);
    // "浙江省 杭州市 西湖区 - 文三路1号": the dash only separates.
    tokens.removeIf([](const QString &t) { return t == u"-" || t == u"—" || t == u"－"; });
    const Province *province = tokens.size() >= 2 ? findProvince(tokens.first()) : nullptr;
    if (!province) {
        parseCompact(text, a);
        return a;
    }
    qsizetype i = 0;
    a.province = tokens.at(i++);
    const QString shortName = QString::fromUtf16(province->shortName);
    if (province->municipality) {
        const QString &t = tokens.at(i);
        // 北京 北京市 朝阳区 / 北京市 北京市 朝阳区 / 上海 浦东新区 (city left out).
        if (t == a.province || (t.startsWith(shortName) && t.endsWith(u'市')) ||
            t.endsWith(QStringLiteral("城区")) || t.endsWith(QStringLiteral("郊县")))
            a.city = tokens.at(i++);
        else
            a.city = QString::fromUtf16(province->fullName);
        if (a.city.endsWith(QStringLiteral("城区")) || a.city.endsWith(QStringLiteral("郊县")) ||
            a.city == shortName)
            a.city = QString::fromUtf16(province->fullName);
    } else {
        a.city = tokens.at(i++);
    }
    if (i < tokens.size() && isDistrict(tokens.at(i)) && !isTown(tokens.at(i)))
        a.district = tokens.at(i++);
    a.detail = tokens.mid(i).join(u' ');
    return a;
}
