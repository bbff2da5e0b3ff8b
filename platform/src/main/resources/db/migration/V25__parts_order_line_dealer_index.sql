-- A dealer's open order lines, which its available deposit subtracts at every order (under its account lock).
CREATE INDEX parts_order_line_dealer_open ON parts_order_line (dealer_code) WHERE quantity - cancelled - shipped > 0;
