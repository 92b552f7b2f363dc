-- Example routing rules (部门联动), local practice to be edited by the city: a rule sends a category in a region
-- (city 3406, district, street, community or grid) to a lead department, with assisting departments (协办).
-- The active rule with the longest matching region code wins; with none, the category's default department.

-- 濉溪县 (340621) keeps its own sanitation station: garbage and street-cleaning cases there go to it.
INSERT INTO catalogue.routing_rule (category_code, region_code, lead_department, note) VALUES
('E0102', '340621', 'SUIXI_SANITATION', '濉溪县辖区的环卫作业由濉溪县环卫所负责'),
('E0103', '340621', 'SUIXI_SANITATION', '濉溪县辖区的环卫作业由濉溪县环卫所负责'),
('E0104', '340621', 'SUIXI_SANITATION', '濉溪县辖区的环卫作业由濉溪县环卫所负责'),
('C0301', '340621', 'SUIXI_SANITATION', '濉溪县辖区的公共厕所由濉溪县环卫所管理'),
('C0305', '340621', 'SUIXI_SANITATION', '濉溪县辖区的垃圾箱由濉溪县环卫所管理');

-- Emergencies anywhere in the city: same lead as the category's default, plus the departments that must join.
WITH rule AS (
    INSERT INTO catalogue.routing_rule (category_code, region_code, lead_department, note)
    VALUES ('E0403', '3406', 'GAS', '燃气泄漏需交管封控道路、街道组织人员疏散')
    RETURNING id)
INSERT INTO catalogue.routing_rule_assisting (rule_id, position, department_code)
SELECT rule.id, a.position, a.department_code
FROM rule, (VALUES (1, 'TRAFFIC_MANAGEMENT'), (2, 'STREET_OFFICE')) AS a (position, department_code);

WITH rule AS (
    INSERT INTO catalogue.routing_rule (category_code, region_code, lead_department, note)
    VALUES ('E0401', '3406', 'MUNICIPAL_WORKS', '路面塌陷需交管封控道路，排水管理处排查地下管网')
    RETURNING id)
INSERT INTO catalogue.routing_rule_assisting (rule_id, position, department_code)
SELECT rule.id, a.position, a.department_code
FROM rule, (VALUES (1, 'TRAFFIC_MANAGEMENT'), (2, 'DRAINAGE')) AS a (position, department_code);
