// The end of `npm start`: how to make the tally just shown into a web page.
console.log(`
As a web page, with a seat chart (open tally.html in any browser):
  node bin/overrule.js tally ordinances/milwaukee/roll-calls/2023-07-11-230359.yaml --format html --output tally.html
Every measure and vote in the archive, as one page:
  node bin/overrule.js report ordinances/milwaukee --format html --output report.html`);
