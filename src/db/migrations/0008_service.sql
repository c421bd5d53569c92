-- Service desk and reports (issue 9): message templates, who was reminded/notified when,
-- the platforms' unpaid-order close windows, gift rules, and the refund facts the platform's
-- service metrics are computed from. Portable SQL.

-- One template per (kind, channel). Bodies are in Chinese: they go to the shops' buyers,
-- whatever language the desk runs in. Placeholders: {buyer} {order_no} {items} {amount} {shop}
-- {courier} {tracking_no}.
CREATE TABLE message_templates (
    kind        TEXT NOT NULL,              -- payment_reminder | shipping_notice
    channel     TEXT NOT NULL,              -- phone | wangwang | sms
    body        TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (kind, channel)
);

INSERT INTO message_templates (kind, channel, body, updated_at) VALUES
 ('payment_reminder', 'phone',
  '您好，请问是{buyer}吗？这里是{shop}的客服。您在本店拍下的{items}（订单号{order_no}，共{amount}元）还没有付款，库存有限，付款后我们当天就安排发货。请问有什么可以帮您的吗？',
  '2026-11-01 00:00:00'),
 ('payment_reminder', 'wangwang',
  '亲，您在{shop}拍下的{items}还未付款哦～订单号{order_no}，应付{amount}元。活动库存有限，付款后优先为您发货，有任何问题随时找我们～',
  '2026-11-01 00:00:00'),
 ('payment_reminder', 'sms',
  '【{shop}】亲爱的{buyer}，您拍下的{items}（订单{order_no}，{amount}元）尚未付款，订单即将关闭，库存有限请尽快付款。回T退订',
  '2026-11-01 00:00:00'),
 ('shipping_notice', 'phone',
  '您好{buyer}，这里是{shop}。您的订单{order_no}（{items}）已经由{courier}发出，运单号{tracking_no}，请注意查收，签收前请先验货。',
  '2026-11-01 00:00:00'),
 ('shipping_notice', 'wangwang',
  '亲，您在{shop}购买的{items}已发货啦～{courier}，运单号{tracking_no}。收到后请先开箱验货，有问题随时联系我们哦～',
  '2026-11-01 00:00:00'),
 ('shipping_notice', 'sms',
  '【{shop}】{buyer}您好，您的订单{order_no}已由{courier}发出，运单号{tracking_no}，签收前请开箱验货。回T退订',
  '2026-11-01 00:00:00');

-- Who was reminded (payment) or notified (shipping) about which order, when and how.
-- UNIQUE (order_id, kind) is the de-duplication: two desks racing insert once, the other is told.
CREATE TABLE buyer_contacts (
    id          INTEGER PRIMARY KEY,
    order_id    INTEGER NOT NULL REFERENCES orders(id),
    kind        TEXT NOT NULL,              -- payment_reminder | shipping_notice
    channel     TEXT NOT NULL,              -- phone | wangwang | sms
    message     TEXT NOT NULL,
    batch_file  TEXT NOT NULL DEFAULT '',   -- the export it went out in, if any
    operator    TEXT NOT NULL,
    station     TEXT NOT NULL,
    at          TEXT NOT NULL,
    UNIQUE (order_id, kind)
);
CREATE INDEX buyer_contacts_at ON buyer_contacts (kind, at);

-- Hours after creation at which a platform closes an unpaid order (Taobao/Tmall: 72 h by
-- default; shops on shorter activity windows change it here, every station sees the same).
CREATE TABLE payment_close_windows (
    platform  TEXT PRIMARY KEY,
    hours     INTEGER NOT NULL CHECK (hours > 0)
);
INSERT INTO payment_close_windows (platform, hours) VALUES ('taobao', 72), ('pdd', 24), ('jd', 24), ('other', 72);

-- A shop's member levels (from its CRM export or typed in), for gift rules.
CREATE TABLE member_levels (
    shop_id     INTEGER NOT NULL REFERENCES shops(id),
    buyer_nick  TEXT NOT NULL,
    level       INTEGER NOT NULL CHECK (level >= 0),
    PRIMARY KEY (shop_id, buyer_nick)
);

-- Gifts by rule: an order matching every set condition gets qty of gift_sku at review.
CREATE TABLE gift_rules (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL,
    shop_id         INTEGER REFERENCES shops(id),   -- NULL: every shop
    min_member_level INTEGER,                       -- NULL: any buyer
    min_amount_fen  INTEGER,                        -- NULL: any amount (goods, before shipping)
    gift_sku_id     INTEGER NOT NULL REFERENCES skus(id),
    qty             INTEGER NOT NULL DEFAULT 1 CHECK (qty > 0),
    active          INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL
);

-- A gift line remembers its rule, so applying twice adds nothing and slips can mark it.
ALTER TABLE order_lines ADD COLUMN gift_rule_id INTEGER REFERENCES gift_rules(id);

-- Refund facts as the platform records them (its refund report), for the service metrics.
-- Whether a request was the order's first (首次发起) follows from requested_at, so it is not stored.
--   reason_category: quality (品质问题) | logistics | no_reason | other
--   completed_at:    refund completed (退款完结), UTC
--   dispute:         the platform intervened (小二介入)
--   seller_liable:   judged the seller's responsibility and in effect (判定为卖家责任且生效)
ALTER TABLE after_sales ADD COLUMN reason_category TEXT NOT NULL DEFAULT 'other';
ALTER TABLE after_sales ADD COLUMN completed_at TEXT;
ALTER TABLE after_sales ADD COLUMN dispute INTEGER NOT NULL DEFAULT 0;
ALTER TABLE after_sales ADD COLUMN seller_liable INTEGER NOT NULL DEFAULT 0;
CREATE INDEX after_sales_completed ON after_sales (completed_at);
CREATE INDEX after_sales_requested ON after_sales (requested_at);
