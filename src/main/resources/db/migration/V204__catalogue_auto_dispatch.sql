-- A routing rule may dispatch a filed case at once, without a dispatcher: for urgent categories whose department
-- is never in doubt. The city-wide rules for 燃气泄漏 and 路面塌陷 do.
ALTER TABLE catalogue.routing_rule ADD COLUMN auto_dispatch boolean NOT NULL DEFAULT false;
UPDATE catalogue.routing_rule SET auto_dispatch = true
 WHERE region_code = '3406' AND category_code IN ('E0403', 'E0401') AND active;
