// The host page's own script: follows each widget's plan through its `change` event, and uses
// the JavaScript API for numbers without any UI.
const money = (minor, plan) =>
  new Intl.NumberFormat(document.documentElement.lang || undefined, {
    style: 'currency',
    currency: plan.currency,
    maximumFractionDigits: 0,
  }).format(
    minor / 10 ** plan.currency_exponent,
  );

document.getElementById('north')?.addEventListener('change', (event) => {
  const plan = event.detail;
  if (!plan) return;
  document.getElementById('north-total').textContent =
    `Northside plan: ${plan.sessions.count} sessions, ${money(plan.initial_cost.typical, plan)} up front.`;
});

window.SmpCalculator.ready
  .then(() => {
    const out = window.SmpCalculator.computePlan({ region: 'norwood-4', tier: 'premium' });
    document.getElementById('api-total').textContent = out.plan
      ? `API: Norwood 4 at premium prices starts at ${money(out.plan.initial_cost.typical, out.plan)}.`
      : `API errors: ${out.errors.map((e) => e.message).join(' ')}`;
  })
  .catch((err) => {
    document.getElementById('api-total').textContent = `The calculator could not load: ${err.message}`;
  });
