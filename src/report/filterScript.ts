/**
 * The report's only script: it hides the targets the filters exclude,
 * in the index and in the page alike, and says how many are left. It
 * reads the data-* attributes written by filterAttributes.
 */
export const filterScript = `
(() => {
  const form = document.getElementById('filters');
  const count = document.getElementById('count');
  const empty = document.getElementById('empty');
  const items = document.querySelectorAll('[data-target]');
  const total = document.querySelectorAll('section[data-target]').length;

  const keeps = (item, chosen, words) =>
    (!chosen.app || item.dataset.app === chosen.app) &&
    (!chosen.channel || item.dataset.channel === chosen.channel) &&
    (!chosen.user || item.dataset.userType === chosen.user) &&
    words.every((word) => item.dataset.text.includes(word));

  function apply() {
    const chosen = {
      app: form.elements.app.value,
      channel: form.elements.channel.value,
      user: form.elements.user.value,
    };
    const words = form.elements.text.value.toLowerCase().split(/\\s+/)
      .filter(Boolean);

    let shown = 0;
    for (const item of items) {
      item.hidden = !keeps(item, chosen, words);
      if (!item.hidden && item.tagName === 'SECTION') shown += 1;
    }
    count.textContent = shown === total
      ? total + ' targets'
      : shown + ' of ' + total + ' targets';
    empty.hidden = shown > 0;
  }

  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  // A reset changes the fields only after its event: filter after it.
  form.addEventListener('reset', () => setTimeout(apply));
  apply();
})();
`;
