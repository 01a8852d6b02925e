export function OptionsApp() {
  return <main>PCX</main>;
}
