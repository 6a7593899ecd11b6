// Lights the top tab of the section a detail page belongs to (cities/ghent/ -> Cities).
// Detail pages are not in the shallow navigation, so the theme lights no tab for them;
// the section is the tab whose address is the longest start of this page's address.
// Instant navigation, where the theme uses it, redraws the tabs without a new load, hence document$.

function lightSectionTab() {
  const tabs = [...document.querySelectorAll('.md-tabs__item')];
  if (tabs.length === 0 || tabs.some((tab) => tab.classList.contains('md-tabs__item--active'))) return;
  const here = location.pathname;
  const path = (tab) => new URL(tab.querySelector('a').href).pathname;
  const home = path(tabs[0]); // every page lies under Home: a page of no section (search/) lights none
  const sections = tabs.filter((tab) => path(tab) !== home && here.startsWith(path(tab)) && here !== path(tab));
  const section = sections.sort((a, b) => path(b).length - path(a).length)[0];
  section?.classList.add('md-tabs__item--active');
}

if (window.document$) window.document$.subscribe(lightSectionTab);
else document.addEventListener('DOMContentLoaded', lightSectionTab);
