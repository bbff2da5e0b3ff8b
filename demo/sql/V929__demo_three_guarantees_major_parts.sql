-- The demo catalogue's major parts of the three guarantees (三包主要总成): the valve body assembly is the transmission's.
UPDATE part SET major_part_group = 'TRANSMISSION' WHERE number = 'P-30001';
