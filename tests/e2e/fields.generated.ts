// Generated from src/model/input/registry.rs by
// `UPDATE_DOCS=1 cargo test --test field_registry`: do not edit.

/** Every input field: wire name and its one label. */
export const FIELDS: { name: string; label: string }[] = [
  { name: 'region', label: "Area to treat" },
  { name: 'area', label: "Custom area" },
  { name: 'area_unit', label: "Area unit" },
  { name: 'tier', label: "Clinic price level" },
  { name: 'longevity_years', label: "Expected years before a touch-up" },
  { name: 'skin', label: "Skin type" },
  { name: 'sun', label: "Sun exposure" },
  { name: 'style', label: "Style" },
  { name: 'sessions', label: "Number of sessions" },
  { name: 'start_date', label: "First session" },
  { name: 'session_gap_weeks', label: "Weeks between sessions" },
  { name: 'horizon_years', label: "Compare over" },
  { name: 'currency', label: "Currency" },
  { name: 'inflation_percent', label: "Annual price increase" },
  { name: 'sales_tax_percent', label: "Sales tax" },
  { name: 'fibers_bottle_price_minor', label: "Price per bottle of fibers" },
  { name: 'fibers_days_per_bottle', label: "Days a bottle of fibers lasts (daily use)" },
  { name: 'fibers_extras_per_month_minor', label: "Holding spray and extras" },
  { name: 'hairpiece_unit_price_minor', label: "Price per hairpiece unit" },
  { name: 'hairpiece_unit_life_months', label: "Life of a hairpiece unit" },
  { name: 'hairpiece_units_in_rotation', label: "Hairpiece units in rotation" },
  { name: 'hairpiece_maintenance_per_month_minor', label: "Salon maintenance" },
  { name: 'hairpiece_supplies_per_month_minor', label: "Adhesives and supplies" },
  { name: 'transplant_cost_minor', label: "Hair transplant (one-off)" },
  { name: 'medication_per_month_minor', label: "Medication (finasteride, minoxidil)" },
];

/** The text boxes the form always shows, those inside "Advanced" flagged. */
export const NUMBER_FIELDS: { name: string; advanced: boolean }[] = [
  { name: 'session_gap_weeks', advanced: false },
  { name: 'horizon_years', advanced: false },
  { name: 'inflation_percent', advanced: true },
  { name: 'sales_tax_percent', advanced: true },
  { name: 'fibers_bottle_price_minor', advanced: true },
  { name: 'fibers_days_per_bottle', advanced: true },
  { name: 'fibers_extras_per_month_minor', advanced: true },
  { name: 'hairpiece_unit_price_minor', advanced: true },
  { name: 'hairpiece_unit_life_months', advanced: true },
  { name: 'hairpiece_units_in_rotation', advanced: true },
  { name: 'hairpiece_maintenance_per_month_minor', advanced: true },
  { name: 'hairpiece_supplies_per_month_minor', advanced: true },
  { name: 'transplant_cost_minor', advanced: true },
  { name: 'medication_per_month_minor', advanced: true },
];
