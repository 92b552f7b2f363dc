-- The platform's schema starts here. Each module owns its own range of migration versions so that modules
-- developed side by side never collide: worktime V100–199, catalogue V200–299, regions V300–399.
SELECT 1;
