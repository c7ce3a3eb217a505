// Proves the no-network preload works: this must fail and be logged.
try {
  await fetch('https://cdn.jsdelivr.net/npm/@tesseract.js-data/vie/4.0.0_best_int/vie.traineddata.gz');
  console.log('fetched');
} catch (e) {
  console.log('blocked');
}
