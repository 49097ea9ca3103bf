#include <doctest/doctest.h>

#include "assets/embedded_assets.hpp"
#include "core/format.hpp"
#include "core/guide_html.hpp"
#include "core/guide_loader.hpp"
#include "core/tax.hpp"

using namespace mlguide;

namespace {
size_t Count(const std::string& hay, const std::string& needle) {
  size_t n = 0;
  for (size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) ++n;
  return n;
}
}  // namespace

TEST_CASE("the HTML version carries the whole guide with semantic structure") {
  const GuideLoad load = LoadGuide(assets::guide_json().text());
  REQUIRE(load.ok());
  const Guide& g = load.guide;
  const std::string html = RenderGuideHtml(g);

  CHECK(Count(html, "<h1>") == 1);
  CHECK(Count(html, "<section ") == g.sections.size());
  for (const Section& s : g.sections) {
    CHECK(html.find("<h2 id=\"" + s.id + "-title\">" + HtmlEscape(s.title) + "</h2>") != std::string::npos);
    CHECK(html.find(HtmlEscape(s.summary)) != std::string::npos);
  }
  for (const SkillGroup& sg : g.skill_groups)
    for (const Skill& s : sg.skills) CHECK(html.find("<strong>" + HtmlEscape(s.name) + "</strong>") != std::string::npos);
  // The app's "At a glance" figures, each a link to its section, between the title and the contents.
  const size_t glance = html.find("<h2 id=\"at-a-glance-title\">At a glance</h2>");
  REQUIRE(glance != std::string::npos);
  CHECK(glance < html.find("<nav"));
  CHECK(html.find("<li><a href=\"#skills\"><strong>12</strong> skills in 5 groups</a></li>", glance) != std::string::npos);
  CHECK(html.find("<strong>£45k–£100k+</strong> a year in the UK</a></li>", glance) != std::string::npos);
  // Tables have column and row headers.
  CHECK(Count(html, "<table>") == 5);  // job types, salary figures, take-home in two regions, student loans
  // Built once for every reader: the newest tax year, named with its dates.
  CHECK(html.find("Tax year 2026/27 (6 April 2026 to 5 April 2027), the latest this guide has") != std::string::npos);
  CHECK(html.find("Estimated take-home pay, tax year 2025/26") == std::string::npos);
  CHECK(html.find("<th scope=\"col\">Role</th>") != std::string::npos);
  CHECK(html.find("<th scope=\"row\">ML architect</th>") != std::string::npos);
  CHECK(html.find("<td>£90,000</td>") != std::string::npos);
  CHECK(html.find("£45,000 to £100,000") != std::string::npos);
  // One kind of apostrophe, the curly one (HtmlEscape would turn a straight one into &#39;).
  CHECK(html.find("&#39;") == std::string::npos);
  CHECK(html.find("\u2019") != std::string::npos);
  for (const Source& s : g.sources) {
    CHECK(html.find(HtmlEscape(s.name)) != std::string::npos);
    // A reader can follow each source that has an address, from the list of sources.
    if (!s.url.empty()) CHECK(html.find("<li><a href=\"" + HtmlEscape(s.url) + "\"") != std::string::npos);
  }
  // Listed in the order the guide numbers them ([1] first), as a numbered list.
  const size_t list = html.find("<h2>Sources</h2>\n<ol>");
  REQUIRE(list != std::string::npos);
  size_t at = list;
  for (const Source& s : g.sources) {
    const size_t next = html.find(HtmlEscape(s.name), at);
    CHECK(next != std::string::npos);
    at = next;
  }
}

TEST_CASE("the HTML version has take-home tables from £20,000 to £150,000 for the newest tax year, and loan repayments") {
  const std::string html = RenderGuideHtml(LoadGuide(assets::guide_json().text()).guide);
  CHECK(Count(html, "<tr><th scope=\"row\">£") == 2 * 18);  // £20,000 to £60,000 by £5,000, then to £150,000 by £10,000, per region
  CHECK(html.find("<caption>Estimated take-home pay, tax year 2026/27, England, Wales or Northern Ireland (no student loan or pension)</caption>") !=
        std::string::npos);
  CHECK(html.find("<caption>Estimated take-home pay, tax year 2026/27, Scotland (no student loan or pension)</caption>") != std::string::npos);
  // Worked by hand: see tax_test.cpp (the rest of the UK did not change in 2026/27).
  CHECK(html.find("<tr><th scope=\"row\">£30,000</th><td>£3,486</td><td>£1,394</td><td>£25,120</td><td>£2,093</td></tr>") != std::string::npos);
  CHECK(html.find("<tr><th scope=\"row\">£100,000</th><td>£27,432</td><td>£4,011</td><td>£68,557</td><td>£5,713</td></tr>") != std::string::npos);
  CHECK(html.find("<tr><th scope=\"row\">£150,000</th><td>£53,703</td><td>£5,011</td><td>£91,286</td><td>£7,607</td></tr>") != std::string::npos);
  CHECK(html.find("<th scope=\"col\">Take-home a month</th>") != std::string::npos);
  // Scotland 2026/27, worked by hand (tax_years_test.cpp): £31.75 less tax than in 2025/26 from
  // £29,527 up. At £30,000: 753.73 + 2,597.80 + 474 × 21% = 3,451.07; NI 1,394.40.
  CHECK(html.find("<tr><th scope=\"row\">£30,000</th><td>£3,451</td><td>£1,394</td><td>£25,155</td><td>£2,096</td></tr>") != std::string::npos);
  CHECK(html.find("<tr><th scope=\"row\">£100,000</th><td>£30,732</td><td>£4,011</td><td>£65,257</td><td>£5,438</td></tr>") != std::string::npos);
  CHECK(html.find("<tr><th scope=\"row\">£150,000</th><td>£59,634</td><td>£5,011</td><td>£85,355</td><td>£7,112</td></tr>") != std::string::npos);
  CHECK(html.find("Income tax in Scotland: 19% up to £3,967 of taxable income, 20% up to £16,956, 21% up to £31,092, 42% up to £62,430, "
                  "45% up to £125,140, 48% above.") != std::string::npos);
  // Yearly loan repayments at £30,000, £45,000, £60,000, £80,000, £100,000 on 2026/27's thresholds.
  CHECK(html.find("<tr><th scope=\"row\">Plan 2</th><td>£55</td><td>£1,405</td><td>£2,755</td><td>£4,555</td><td>£6,355</td></tr>") !=
        std::string::npos);
  CHECK(html.find("<tr><th scope=\"row\">Plan 5</th><td>£450</td><td>£1,800</td><td>£3,150</td><td>£4,950</td><td>£6,750</td></tr>") !=
        std::string::npos);
  CHECK(html.find("<tr><th scope=\"row\">Postgraduate loan</th><td>£540</td><td>£1,440</td><td>£2,340</td><td>£3,540</td><td>£4,740</td></tr>") !=
        std::string::npos);
  CHECK(html.find("<li><strong>Plan 5</strong>: Started in England from August 2023. 9% of pay above £25,000 a year.</li>") != std::string::npos);
  CHECK(html.find("National Insurance, the same across the UK: 8% between £12,570 and £50,270 a year, 2% above.") != std::string::npos);
}

TEST_CASE("content text is escaped, never interpreted as markup") {
  Guide g;
  g.title = "<script>alert(1)</script>";
  g.language = "en\" onload=\"x";
  g.sections.push_back(Section{"a", "Fish & chips", "<b>bold</b>", {Block{Block::Kind::Paragraph, "1 < 2", {}, {}, {}}}});
  const std::string html = RenderGuideHtml(g);
  CHECK(html.find("<script>") == std::string::npos);
  CHECK(html.find("&lt;script&gt;") != std::string::npos);
  CHECK(html.find("lang=\"en&quot; onload=&quot;x\"") != std::string::npos);
  CHECK(html.find("Fish &amp; chips") != std::string::npos);
  CHECK(html.find("<p>1 &lt; 2</p>") != std::string::npos);
}

TEST_CASE("the reader's own part of the printed guide: each skill's state, the salary and its take-home") {
  const GuideLoad load = LoadGuide(assets::guide_json().text());
  REQUIRE(load.ok());
  const Guide& g = load.guide;
  Progress p;
  p.Set("python", SkillState::Learning, 1);
  p.Set("keras", SkillState::Confident, 1);
  p.salary.amount = 70000;
  p.salary.pay.region = "scotland";
  p.salary.pay.loan = "plan-2";
  p.salary.changed = 1;
  const std::string html = RenderReaderHtml(g, p, {2025, 11, 25});
  CHECK(html.find("<h2 id=\"your-progress-title\">Your progress</h2>") != std::string::npos);
  CHECK(html.find("1 of 12 skills confident, 1 learning, 10 not started.") != std::string::npos);
  CHECK(html.find("<th scope=\"row\">Python</th><td>Programming languages</td><td>Learning</td>") != std::string::npos);
  CHECK(html.find("<th scope=\"row\">Keras</th><td>ML frameworks</td><td>Confident</td>") != std::string::npos);
  CHECK(Count(html, "<tr><th scope=\"row\">") == 12 + 5);  // skills; gross, tax, NI, loan, take-home
  CHECK(Count(html, "<tr><th scope=\"row\">") == 12 + 5 + 0);  // no comparison chosen: no comparison table
  CHECK(html.find("£70,000 a year; Scotland, student loan Plan 2, no pension. Estimated take-home pay, tax year 2025/26:") != std::string::npos);
  CHECK(html.find("<caption>Your take-home pay, 2025/26 (6 April 2025 to 5 April 2026)</caption>") != std::string::npos);
  // Scotland at £70,000: tax 17,413.80, NI 3,410.60, Plan 2 3,737.70; rounded: 70,000 - 17,414 - 3,411 - 3,738.
  CHECK(html.find("<strong>£45,437 a year, £3,787 a month</strong>") != std::string::npos);
  CHECK(html.find("<tr><th scope=\"row\">Student loan (Plan 2)</th><td>−£3,738</td><td>−£311</td></tr>") != std::string::npos);

  // On 4 December 2026 the same choices are worked out for 2026/27: Scotland's wider starter
  // and basic bands, Plan 2's threshold of £29,385. Tax 3,967 × 19% + 12,989 × 20% + 14,136 × 21%
  // + 26,338 × 42% = 17,382.05; Plan 2 (70,000 − 29,385) × 9% = 3,655.35; NI 3,410.60.
  const std::string now = RenderReaderHtml(g, p, {2026, 12, 4});
  CHECK(now.find("tax year 2026/27: <strong>£45,552 a year, £3,795 a month</strong>") != std::string::npos);
  CHECK(now.find("<tr><th scope=\"row\">Student loan (Plan 2)</th><td>−£3,655</td><td>−£305</td></tr>") != std::string::npos);
  // A year the reader picked stays, and says it is not theirs.
  p.salary.tax_year = "2025/26";
  const std::string picked = RenderReaderHtml(g, p, {2026, 12, 4});
  CHECK(picked.find("<strong>£45,437 a year, £3,787 a month</strong>") != std::string::npos);
  CHECK(picked.find("not the tax year you are in (2026/27)") != std::string::npos);
  // A plan with nothing to repay says so, not "−£0": Plan 2 at £25,000.
  Progress low = p;
  low.salary.amount = 25000;
  CHECK(RenderReaderHtml(g, low, {2026, 12, 4}).find("<tr><th scope=\"row\">Student loan (Plan 2)</th><td>none</td><td>none</td></tr>") !=
        std::string::npos);
  // Past the newest year the guide has, the newest, said plainly.
  p.salary.tax_year.clear();
  const std::string later = RenderReaderHtml(g, p, {2027, 6, 1});
  CHECK(later.find("Figures for 2026/27, the latest this guide has; rates may have changed since 5 April 2027.") != std::string::npos);
  // The pay now, compared under the same choices, and what another £1,000 keeps (42%
  // income tax, 2% NI and 9% Plan 2: £470).
  p.salary.compare = 30000;
  const std::string compared = RenderReaderHtml(g, p, {2026, 12, 4});
  CHECK(compared.find("<caption>Compared with your pay now, 2026/27</caption>") != std::string::npos);
  CHECK(compared.find("<th scope=\"row\">Gross a year</th><td>£30,000</td><td>£70,000</td><td>+£40,000</td>") != std::string::npos);
  CHECK(compared.find("Of another £1,000 a year, you would keep £470.") != std::string::npos);

  // Before any choice: the explorer's default salary, as shown.
  const std::string fresh = RenderReaderHtml(g, Progress{}, {2026, 12, 4});
  CHECK(fresh.find(FormatMoney(g.salary.default_amount, "£") + " a year") != std::string::npos);
  CHECK(fresh.find("0 of 12 skills confident, 0 learning, 12 not started.") != std::string::npos);
}
