// Tax year 2026/27 against figures worked out by hand from salary-figures.md (section 8), the
// rule that picks a reader's year from their date, a year added as data alone, the salary a
// reader types, the comparison with their pay now and what another £1,000 keeps.
//
// 2026/27, changed from 2025/26: Scotland 19% to £3,967 taxable, 20% to £16,956 (then 21% to
// £31,092, 42% to £62,430, 45% to £125,140, 48% above, as before); loan thresholds Plan 1
// £26,900, Plan 2 £29,385, Plan 4 £33,795, Plan 5 £25,000 (repaid from 6 April 2026). The
// allowance, the rest-of-UK bands, NI and the postgraduate loan are unchanged.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/guide_loader.hpp"
#include "core/pay_breakdown.hpp"
#include "core/salary_input.hpp"
#include "core/tax.hpp"
#include "core/tax_calendar.hpp"
#include "test_support.hpp"

using namespace mlguide;

namespace {

const TaxYear& Y2526() { return test::TheGuide().salary.tax_years[0]; }
const TaxYear& Y2627() { return test::TheGuide().salary.tax_years[1]; }

PayOptions With(const char* region, const char* loan = "") {
  PayOptions o;
  o.region = region;
  o.loan = loan;
  return o;
}

std::int64_t LoanAt(const TaxYear& y, const char* plan, long gross) { return ComputeTakeHome(y, gross, With("rest-of-uk", plan)).loan_p; }
std::int64_t ScottishTaxAt(const TaxYear& y, long gross) { return ComputeTakeHome(y, gross, With("scotland")).income_tax_p; }

}  // namespace

TEST_CASE("2026/27 matches the worked checks in the sources") {
  // Scotland, £16,000: taxable 3,430 × 19% = 651.70; NI 3,430 × 8% = 274.40.
  const TakeHome scot = ComputeTakeHome(Y2627(), 16000, With("scotland"));
  CHECK(scot.income_tax_p == 65170);
  CHECK(scot.ni_p == 27440);
  // England, £45,000 on Plan 5: tax 32,430 × 20% = 6,486; NI 32,430 × 8% = 2,594.40;
  // Plan 5 (45,000 − 25,000) × 9% = 1,800; take-home 34,119.60.
  const TakeHome grad = ComputeTakeHome(Y2627(), 45000, With("rest-of-uk", "plan-5"));
  CHECK(grad.income_tax_p == 648600);
  CHECK(grad.ni_p == 259440);
  CHECK(grad.loan_p == 180000);
  CHECK(grad.net_p == 3411960);
  CHECK(LoanAt(Y2627(), "plan-5", 30000) == 45000);  // £450
  // The same graduate in 2025/26 repaid nothing yet: the take-home was £150 a month higher.
  CHECK(LoanAt(Y2526(), "plan-5", 45000) == 0);
  CHECK(BreakDown(ComputeTakeHome(Y2526(), 45000, With("rest-of-uk", "plan-5"))).back().month -
            BreakDown(grad).back().month == 150);
}

TEST_CASE("every changed loan threshold: nothing at it, 9p a pound above, in the year it applies") {
  struct Edge {
    const char* plan;
    long old_threshold, new_threshold;
  };
  for (const Edge& e : {Edge{"plan-1", 26065, 26900}, Edge{"plan-2", 28470, 29385}, Edge{"plan-4", 32745, 33795}}) {
    CAPTURE(e.plan);
    CHECK(LoanAt(Y2627(), e.plan, e.new_threshold - 1) == 0);
    CHECK(LoanAt(Y2627(), e.plan, e.new_threshold) == 0);
    CHECK(LoanAt(Y2627(), e.plan, e.new_threshold + 1) == 9);
    CHECK(LoanAt(Y2627(), e.plan, e.new_threshold + 1000) == 9000);
    // Between the two thresholds a 2025/26 payslip had a repayment; a 2026/27 one has none.
    CHECK(LoanAt(Y2526(), e.plan, e.new_threshold) == (e.new_threshold - e.old_threshold) * 9);
  }
  CHECK(LoanAt(Y2627(), "plan-1", 30000) == 27900);  // (30,000 − 26,900) × 9% = 279
  CHECK(LoanAt(Y2627(), "plan-2", 40000) == 95535);  // (40,000 − 29,385) × 9% = 955.35
  CHECK(LoanAt(Y2627(), "plan-4", 40000) == 55845);  // (40,000 − 33,795) × 9% = 558.45
  CHECK(LoanAt(Y2627(), "plan-5", 24999) == 0);
  CHECK(LoanAt(Y2627(), "plan-5", 25000) == 0);
  CHECK(LoanAt(Y2627(), "plan-5", 25001) == 9);
  // The postgraduate loan did not change: 6% above £21,000 in both years.
  PayOptions pg;
  pg.postgraduate = true;
  CHECK(ComputeTakeHome(Y2627(), 31000, pg).postgraduate_p == 60000);
  CHECK(ComputeTakeHome(Y2526(), 31000, pg).postgraduate_p == 60000);
}

TEST_CASE("the Scottish starter and basic bands of 2026/27, below, at and above each edge") {
  // Starter to £3,967 taxable (gross £16,537): 3,966 × 19% = 753.54; 3,967 × 19% = 753.73.
  CHECK(ScottishTaxAt(Y2627(), 16536) == 75354);
  CHECK(ScottishTaxAt(Y2627(), 16537) == 75373);
  CHECK(ScottishTaxAt(Y2627(), 16538) == 75393);  // the next pound at 20%
  // Basic to £16,956 taxable (gross £29,526): 753.73 + 12,989 × 20% = 3,351.53.
  CHECK(ScottishTaxAt(Y2627(), 29525) == 335133);
  CHECK(ScottishTaxAt(Y2627(), 29526) == 335153);
  CHECK(ScottishTaxAt(Y2627(), 29527) == 335174);  // the next pound at 21%
  // In 2025/26 the same £16,537 crossed into the basic band at £2,827: 537.13 + 1,140 × 20%.
  CHECK(ScottishTaxAt(Y2526(), 16537) == 76513);
  // From the intermediate band up nothing changed: at £60,000 only the lower bands differ.
  // 2025/26: 537.13 + 2,418.80 + 3,395.91 + 16,338 × 42% = 13,213.80;
  // 2026/27: 753.73 + 2,597.80 + 2,968.56 + 6,861.96 = 13,182.05.
  CHECK(ScottishTaxAt(Y2526(), 60000) == 1321380);
  CHECK(ScottishTaxAt(Y2627(), 60000) == 1318205);
}

TEST_CASE("the reader's date picks the tax year: 6 April starts one, past the newest says so") {
  const std::vector<TaxYear>& years = test::TheGuide().salary.tax_years;
  auto year_on = [&](int y, int m, int d) { return PickTaxYear(years, {y, m, d}, "").year->year; };
  CHECK(year_on(2025, 4, 6) == "2025/26");
  CHECK(year_on(2026, 4, 5) == "2025/26");
  CHECK(year_on(2026, 4, 6) == "2026/27");
  CHECK(year_on(2026, 12, 4) == "2026/27");
  CHECK(year_on(2027, 4, 5) == "2026/27");
  CHECK(PickTaxYear(years, {2026, 12, 4}, "").why == YearPick::Why::Today);
  CHECK(YearNote(PickTaxYear(years, {2026, 12, 4}, "")).empty());
  // Past the newest year in the data: the newest, and the reader is told.
  const YearPick late = PickTaxYear(years, {2027, 4, 6}, "");
  CHECK(late.year->year == "2026/27");
  CHECK(late.why == YearPick::Why::PastNewest);
  CHECK_FALSE(late.today_in_data);
  CHECK(YearNote(PickTaxYear(years, {2027, 4, 6}, "2025/26")) ==
        "Figures for 2025/26 (6 April 2025 to 5 April 2026); this guide has no figures yet for the tax year you are in.");
  CHECK(YearNote(late) == "Figures for 2026/27, the latest this guide has; rates may have changed since 5 April 2027.");
  // Before the oldest: the oldest, said too.
  const YearPick early = PickTaxYear(years, {2025, 4, 5}, "");
  CHECK(early.year->year == "2025/26");
  CHECK(YearNote(early) == "Figures for 2025/26, the earliest this guide has; it starts on 6 April 2025.");
  // A year the reader picked, other than their own, is kept and named as not theirs.
  const YearPick picked = PickTaxYear(years, {2026, 12, 4}, "2025/26");
  CHECK(picked.year->year == "2025/26");
  CHECK(picked.today->year == "2026/27");
  CHECK(YearNote(picked) == "Figures for 2025/26 (6 April 2025 to 5 April 2026), not the tax year you are in (2026/27).");
  // Picking their own year, or one the guide does not have, follows the date.
  CHECK(PickTaxYear(years, {2026, 12, 4}, "2026/27").why == YearPick::Why::Today);
  CHECK(PickTaxYear(years, {2026, 12, 4}, "2031/32").year->year == "2026/27");
}

TEST_CASE("dates are read only as real days written YYYY-MM-DD") {
  CivilDate d;
  CHECK(ParseIsoDate("2028-02-29", d));
  CHECK(d == CivilDate{2028, 2, 29});
  for (const char* bad : {"2027-02-29", "2026-13-01", "2026-04-00", "2026-4-6", "06/04/2026", "", "2026-04-06T00:00"}) {
    CAPTURE(bad);
    CHECK_FALSE(ParseIsoDate(bad, d));
  }
  CHECK(FormatLongDate({2026, 4, 6}) == "6 April 2026");
}

TEST_CASE("a new tax year is data alone: a third year from a file is used on its dates") {
  nlohmann::json doc = nlohmann::json::parse(assets::guide_json().text());
  doc["salary"]["tax_years"].push_back(nlohmann::json::parse(test::ReadFile(FIXTURES_DIR "/tax-year-made-up.json")));
  const GuideLoad load = LoadGuide(doc.dump());
  REQUIRE_MESSAGE(load.ok(), load.error);
  const std::vector<TaxYear>& years = load.guide.salary.tax_years;
  REQUIRE(years.size() == 3);
  CHECK(PickTaxYear(years, {2027, 4, 5}, "").year->year == "2026/27");
  const YearPick pick = PickTaxYear(years, {2027, 4, 6}, "");
  CHECK(pick.year->year == "2027/28");
  CHECK(pick.why == YearPick::Why::Today);
  // Its own figures: an allowance of £13,000 taxes £30,000 at (30,000 − 13,000) × 20% = 3,400,
  // and Plan 2 above £30,000 takes nothing there.
  const TakeHome t = ComputeTakeHome(*pick.year, 30000, With("rest-of-uk", "plan-2"));
  CHECK(t.income_tax_p == 340000);
  CHECK(t.loan_p == 0);
  CHECK(YearNote(PickTaxYear(years, {2028, 4, 6}, "")) ==
        "Figures for 2027/28, the latest this guide has; rates may have changed since 5 April 2028.");
}

TEST_CASE("take-home never falls as gross pay rises, in every region, plan and pension, in both years") {
  std::vector<PayOptions> all;
  for (const char* region : {"rest-of-uk", "scotland"})
    for (const char* loan : {"", "plan-1", "plan-2", "plan-4", "plan-5"})
      for (bool pg : {false, true})
        for (PensionKind kind : {PensionKind::None, PensionKind::Minimum, PensionKind::Percent})
          for (PensionMethod method : {PensionMethod::NetPay, PensionMethod::SalarySacrifice}) {
            if (kind == PensionKind::None && method == PensionMethod::SalarySacrifice) continue;
            PayOptions o = With(region, loan);
            o.postgraduate = pg;
            o.pension = kind;
            o.pension_percent_bp = 800;
            o.method = method;
            all.push_back(o);
          }
  for (const TaxYear& y : test::TheGuide().salary.tax_years)
    for (const PayOptions& o : all) {
      std::int64_t last = -1;
      long fell_at = 0;
      for (long gross = 0; gross <= 210000 && !fell_at; gross += 37) {
        const std::int64_t net = ComputeTakeHome(y, gross, o).net_p;
        if (net < last) fell_at = gross;
        last = net;
      }
      CAPTURE(y.year);
      CAPTURE(DescribePayOptions(y, o));
      CHECK(fell_at == 0);
    }
}

TEST_CASE("a typed salary: figures with separators, a pound sign, k, and anything else refused plainly") {
  auto amount = [](const char* text) { return ParseAmount(text, 1000000, "£").amount; };
  CHECK(amount("28900") == 28900);
  CHECK(amount("28,900") == 28900);
  CHECK(amount("£28,900") == 28900);
  CHECK(amount("  £ 28 900 ") == 28900);
  CHECK(amount("28\xC2\xA0" "900") == 28900);  // a no-break space, as a number formatter writes it
  CHECK(amount("45k") == 45000);
  CHECK(amount("45.5K") == 45500);
  CHECK(amount("£125,140") == 125140);
  CHECK(amount("45000.00") == 45000);
  CHECK(amount("1000000") == 1000000);
  auto error = [](const char* text) { return ParseAmount(text, 1000000, "£").error; };
  CHECK(error("") == "Type a salary in pounds, such as 28,900 or 45k.");
  CHECK(error("   ") == "Type a salary in pounds, such as 28,900 or 45k.");
  CHECK(error("abc") == "Type the salary in figures, such as 28,900 or 45k.");
  CHECK(error("45,000 a year") == "Type the salary in figures, such as 28,900 or 45k.");
  CHECK(error("4e4") == "Type the salary in figures, such as 28,900 or 45k.");
  CHECK(error("-5000") == "A salary can’t be negative: type it without the minus sign.");
  CHECK(error("£-5000") == "A salary can’t be negative: type it without the minus sign.");
  CHECK(error("45000.50") == "Type whole pounds, without pence, such as 28,900 or 45k.");
  CHECK(error("45.0001k") == "Type whole pounds, such as 28,900 or 45k.");
  CHECK(error("1000001") == "That is more than £1,000,000, the most this guide works out.");
  CHECK(error("99999999999") == "That is more than £1,000,000, the most this guide works out.");
  CHECK(error("0") == "Type a salary above £0.");
  CHECK(error(",45") == "Type the salary in figures, such as 28,900 or 45k.");
  CHECK_FALSE(ParseAmount("45,", 1000000, "£").ok);
}

TEST_CASE("the pay now compared with a new salary, each rounded as the table rounds it") {
  // England 2026/27, no loan or pension. £28,000: tax 3,086, NI 1,234.40 -> 23,680 a year;
  // a month 2,333 − 257 − 103 = 1,973. £45,000: tax 6,486, NI 2,594.40 -> 35,920; a month
  // 3,750 − 541 (540.50, halves up) − 216 = 2,993.
  const PayComparison c = ComparePay(Y2627(), 28000, 45000, With("rest-of-uk"));
  CHECK(c.now_year == 23680);
  CHECK(c.then_year == 35920);
  CHECK(c.now_month == 1973);
  CHECK(c.then_month == 2993);
  CHECK(c.gross_diff() == 17000);
  CHECK(c.diff_year() == 12240);
  CHECK(c.diff_month() == 1020);
  // The same choices apply to both: Plan 5 takes from each above £25,000.
  const PayComparison loan = ComparePay(Y2627(), 28000, 45000, With("rest-of-uk", "plan-5"));
  CHECK(loan.diff_year() == 12240 - (1800 - 270));
}

TEST_CASE("what another £1,000 keeps: the allowance taper, a loan threshold, the Scottish 42% band") {
  auto kept = [](long gross, const PayOptions& o) { return NextPoundsKept(Y2627(), gross, o, 1000).kept; };
  // £110,000: the allowance falls £500, so £1,500 more is taxed at 40% (£600), NI 2% (£20).
  const NextPounds taper = NextPoundsKept(Y2627(), 110000, With("rest-of-uk"), 1000);
  CHECK(taper.kept == 380);
  REQUIRE(taper.taken.size() == 2);
  CHECK(taper.taken[0].kind == PayLine::Kind::IncomeTax);
  CHECK(taper.taken[0].year == 600);
  CHECK(taper.taken[1].year == 20);
  CHECK(kept(130000, With("rest-of-uk")) == 530);  // past the taper: 45% and 2%
  // £29,000 on Plan 2: 20% and 8% on all of it, 9% on the £615 above £29,385 (55.35).
  CHECK(kept(29000, With("rest-of-uk", "plan-2")) == 1000 - 200 - 80 - 55);
  // Scotland's higher band at £60,000: 42% and 2%.
  CHECK(kept(60000, With("scotland")) == 560);
  // The lines always add up to the £1,000.
  long sum = taper.kept;
  for (const PayLine& l : taper.taken) sum += l.year;
  CHECK(sum == 1000);
}

TEST_CASE("a salary choice in words, as the import and link question shows it: the exact amount and the year") {
  const Salary& s = test::TheGuide().salary;
  SalaryChoice c;
  c.amount = 35000;  // below the article's band, not a slider step: shown as it is
  c.pay = With("scotland", "plan-4");
  CHECK(DescribeSalaryChoice(s, c, {2026, 12, 4}) == "£35,000 (Scotland, student loan Plan 4, no pension; this tax year, 2026/27)");
  c.compare = 28000;
  c.tax_year = "2025/26";
  CHECK(DescribeSalaryChoice(s, c, {2026, 12, 4}) ==
        "£35,000 (Scotland, student loan Plan 4, no pension; compared with £28,000; tax year 2025/26)");
}
