-- The inspecting bodies of a joint visit and their checklists (local practice; editable data, not code). Each item
-- names the catalogue category a case about its failure is filed in (V202).
INSERT INTO commerce.inspection_body (code, name, english_name, sort) VALUES
('ENFORCEMENT', '城管执法', 'Urban management enforcement', 1),
('MARKET_SUPERVISION', '市场监管', 'Market supervision', 2),
('FIRE_SAFETY', '消防', 'Fire safety', 3),
('ENVIRONMENT', '环保', 'Ecology and environment', 4);

INSERT INTO commerce.checklist_item (code, body_code, name, category_code, sort) VALUES
('ENF_OUTSIDE', 'ENFORCEMENT', '无店外经营、占道经营', 'E0503', 1),
('ENF_CLEAN', 'ENFORCEMENT', '门前三包：门前整洁无垃圾', 'E0102', 2),
('ENF_STACKING', 'ENFORCEMENT', '门前无乱堆物堆料', 'E0506', 3),
('ENF_SIGNBOARD', 'ENFORCEMENT', '广告牌匾规范完好', 'C0307', 4),
('MKT_LICENCE', 'MARKET_SUPERVISION', '营业执照亮照经营', 'E0501', 1),
('MKT_PRICES', 'MARKET_SUPERVISION', '明码标价', 'E0501', 2),
('FIRE_EXTINGUISHER', 'FIRE_SAFETY', '灭火器配备且在有效期内', 'E0506', 1),
('FIRE_EXIT', 'FIRE_SAFETY', '安全出口、疏散通道畅通', 'E0506', 2),
('FIRE_CHARGING', 'FIRE_SAFETY', '无电动车飞线充电', 'E0508', 3),
('ENV_FUMES', 'ENVIRONMENT', '油烟净化设施正常使用', 'E0108', 1),
('ENV_NOISE', 'ENVIRONMENT', '无高音喇叭招揽噪声', 'E0109', 2);
