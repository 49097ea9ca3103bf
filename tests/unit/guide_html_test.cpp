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
  // Tables have column and row headers.
  CHECK(Count(html, "<table>") == 5);  // job types, salary figures, take-home in two regions, student loans
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

TEST_CASE("the HTML version has take-home tables from £30,000 to £150,000 in £5,000 steps, and loan repayments") {
  const std::string html = RenderGuideHtml(LoadGuide(assets::guide_json().text()).guide);
  CHECK(Count(html, "<tr><th scope=\"row\">£") == 2 * 25);  // £30,000, £35,000 ... £150,000, for each region
  CHECK(html.find("<caption>Estimated take-home pay, tax year 2025/26, England, Wales or Northern Ireland (no student loan or pension)</caption>") !=
        std::string::npos);
  CHECK(html.find("<caption>Estimated take-home pay, tax year 2025/26, Scotland (no student loan or pension)</caption>") != std::string::npos);
  // Worked by hand: see tax_test.cpp.
  CHECK(html.find("<tr><th scope=\"row\">£30,000</th><td>£3,486</td><td>£1,394</td><td>£25,120</td><td>£2,093</td></tr>") != std::string::npos);
  CHECK(html.find("<tr><th scope=\"row\">£100,000</th><td>£27,432</td><td>£4,011</td><td>£68,557</td><td>£5,713</td></tr>") != std::string::npos);
  CHECK(html.find("<tr><th scope=\"row\">£150,000</th><td>£53,703</td><td>£5,011</td><td>£91,286</td><td>£7,607</td></tr>") != std::string::npos);
  CHECK(html.find("<th scope=\"col\">Take-home a month</th>") != std::string::npos);
  // Scotland, worked by hand (tax_test.cpp): at £30,000 tax £3,482.82, NI £1,394.40.
  CHECK(html.find("<tr><th scope=\"row\">£30,000</th><td>£3,483</td><td>£1,394</td><td>£25,123</td><td>£2,094</td></tr>") != std::string::npos);
  CHECK(html.find("<tr><th scope=\"row\">£100,000</th><td>£30,764</td><td>£4,011</td><td>£65,225</td><td>£5,435</td></tr>") != std::string::npos);
  CHECK(html.find("<tr><th scope=\"row\">£150,000</th><td>£59,666</td><td>£5,011</td><td>£85,323</td><td>£7,110</td></tr>") != std::string::npos);
  CHECK(html.find("Income tax in Scotland: 19% up to £2,827 of taxable income, 20% up to £14,921, 21% up to £31,092, 42% up to £62,430, "
                  "45% up to £125,140, 48% above.") != std::string::npos);
  // Yearly loan repayments at £30,000, £45,000, £60,000, £80,000, £100,000; Plan 5 repays nothing yet.
  CHECK(html.find("<tr><th scope=\"row\">Plan 2</th><td>£138</td><td>£1,488</td><td>£2,838</td><td>£4,638</td><td>£6,438</td></tr>") !=
        std::string::npos);
  CHECK(html.find("<tr><th scope=\"row\">Plan 5</th><td>none</td><td>none</td><td>none</td><td>none</td><td>none</td></tr>") != std::string::npos);
  CHECK(html.find("<tr><th scope=\"row\">Postgraduate loan</th><td>£540</td><td>£1,440</td><td>£2,340</td><td>£3,540</td><td>£4,740</td></tr>") !=
        std::string::npos);
  CHECK(html.find("<li><strong>Plan 5</strong>: Started in England from August 2023. 9% of pay above £25,000 a year. No repayments in "
                  "2025/26: the first are due from April 2026.</li>") != std::string::npos);
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
  p.salary.sector = "all";
  p.salary.pay.region = "scotland";
  p.salary.pay.loan = "plan-2";
  p.salary.changed = 1;
  const std::string html = RenderReaderHtml(g, p);
  CHECK(html.find("<h2 id=\"your-progress-title\">Your progress</h2>") != std::string::npos);
  CHECK(html.find("1 of 12 skills confident, 1 learning, 10 not started.") != std::string::npos);
  CHECK(html.find("<th scope=\"row\">Python</th><td>Programming languages</td><td>Learning</td>") != std::string::npos);
  CHECK(html.find("<th scope=\"row\">Keras</th><td>ML frameworks</td><td>Confident</td>") != std::string::npos);
  CHECK(Count(html, "<tr><th scope=\"row\">") == 12 + 5);  // skills; gross, tax, NI, loan, take-home
  CHECK(html.find("£70,000 a year, All sectors; Scotland, student loan Plan 2, no pension.") != std::string::npos);
  // Scotland at £70,000: tax 17,413.80, NI 3,410.60, Plan 2 3,737.70; rounded: 70,000 - 17,414 - 3,411 - 3,738.
  CHECK(html.find("<strong>£45,437 a year, £3,787 a month</strong>") != std::string::npos);
  CHECK(html.find("<tr><th scope=\"row\">Student loan (Plan 2)</th><td>−£3,738</td><td>−£311</td></tr>") != std::string::npos);

  // Before any choice: the explorer's default salary, as shown.
  const std::string fresh = RenderReaderHtml(g, Progress{});
  CHECK(fresh.find(FormatMoney(g.salary.default_amount, "£") + " a year") != std::string::npos);
  CHECK(fresh.find("0 of 12 skills confident, 0 learning, 12 not started.") != std::string::npos);
}
