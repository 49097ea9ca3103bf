#include "core/tax_loader.hpp"

#include <set>

#include "core/tax_calendar.hpp"

namespace mlguide {
namespace {

constexpr int kMaxAmount = 10'000'000;

std::string Join(const std::string& path, const char* key) { return JsonReader::Join(path, key); }
std::string Join(const std::string& path, std::size_t i) { return JsonReader::Join(path, i); }

class TaxReader {
 public:
  TaxReader(JsonReader& r, const std::function<bool(const std::string&)>& is_source) : r_(r), is_source_(is_source) {}

  bool Year(const Json& t, const std::string& p, TaxYear& y) {
    int divisor = 0;
    if (!(r_.IsObject(t, p) && r_.String(t, p, "year", y.year) && Day(t, p, "first_day", y.first_day) &&
          Day(t, p, "last_day", y.last_day) && SourceRef(t, p, y.source) &&
          Amount(t, p, "personal_allowance", y.personal_allowance) && Amount(t, p, "taper_threshold", y.taper_threshold) &&
          r_.Integer(t, p, "taper_divisor", 1, 100, divisor)))
      return false;
    if (y.last_day < y.first_day) return r_.Fail(Join(p, "last_day"), "is before first_day");
    y.taper_divisor = divisor;
    const Json* ni = r_.Object(t, p, "ni");
    const std::string np = Join(p, "ni");
    if (!(ni && Amount(*ni, np, "primary_threshold", y.ni_primary_threshold) &&
          Amount(*ni, np, "upper_earnings_limit", y.ni_upper_limit) && Rate(*ni, np, "main_rate_percent", y.ni_main_bp) &&
          Rate(*ni, np, "upper_rate_percent", y.ni_upper_bp)))
      return false;
    if (y.ni_primary_threshold > y.ni_upper_limit)
      return r_.Fail(Join(np, "primary_threshold"), "must not be above upper_earnings_limit");
    return Regions(t, p, y) && Loans(t, p, y) && Pension(t, p, y.pension) && Strings(t, p, "assumptions", y.assumptions);
  }

 private:
  bool Regions(const Json& t, const std::string& p, TaxYear& y) {
    const Json* arr = r_.Array(t, p, "regions");
    if (!arr) return false;
    std::set<std::string> ids;
    for (size_t i = 0; i < arr->size(); ++i) {
      const std::string rp = Join(Join(p, "regions"), i);
      const Json& o = (*arr)[i];
      TaxRegion region;
      if (!(r_.IsObject(o, rp) && r_.Id(o, rp, "id", region.id) && r_.String(o, rp, "name", region.name) &&
            r_.String(o, rp, "short_name", region.short_name) && SourceRef(o, rp, region.source) && Bands(o, rp, region)))
        return false;
      if (!ids.insert(region.id).second) return r_.Fail(Join(rp, "id"), "\"" + region.id + "\" is used twice");
      y.regions.push_back(std::move(region));
    }
    return true;
  }

  bool Bands(const Json& o, const std::string& p, TaxRegion& region) {
    const Json* bands = r_.Array(o, p, "bands");
    if (!bands) return false;
    for (size_t i = 0; i < bands->size(); ++i) {
      const std::string bp = Join(Join(p, "bands"), i);
      const Json& bo = (*bands)[i];
      TaxBand b;
      const bool last = i + 1 == bands->size();
      if (!(r_.IsObject(bo, bp) && r_.String(bo, bp, "name", b.name) && Rate(bo, bp, "rate_percent", b.rate_bp))) return false;
      if (!last && !Amount(bo, bp, "upto_taxable", b.upto_taxable)) return false;
      if (last && bo.contains("upto_taxable")) return r_.Fail(Join(bp, "upto_taxable"), "the last band has no upper end");
      if (!last && b.upto_taxable <= (region.bands.empty() ? 0 : region.bands.back().upto_taxable))
        return r_.Fail(Join(bp, "upto_taxable"), "must be above the previous band’s");
      region.bands.push_back(std::move(b));
    }
    return true;
  }

  bool Loans(const Json& t, const std::string& p, TaxYear& y) {
    const Json* loans = r_.Object(t, p, "student_loans");
    const std::string lp = Join(p, "student_loans");
    if (!(loans && SourceRef(*loans, lp, y.loans_source) && r_.String(*loans, lp, "note", y.loans_note))) return false;
    const Json* plans = r_.Array(*loans, lp, "plans");
    if (!plans) return false;
    std::set<std::string> ids;
    for (size_t i = 0; i < plans->size(); ++i) {
      const std::string pp = Join(Join(lp, "plans"), i);
      const Json& o = (*plans)[i];
      LoanPlan plan;
      if (!(r_.IsObject(o, pp) && r_.Id(o, pp, "id", plan.id) && r_.String(o, pp, "name", plan.name) &&
            r_.String(o, pp, "who", plan.who) && Amount(o, pp, "threshold", plan.threshold) && Rate(o, pp, "rate_percent", plan.rate_bp) &&
            Bool(o, pp, "postgraduate", plan.postgraduate) && r_.OptionalString(o, pp, "first_repayments", plan.first_repayments)))
        return false;
      if (!ids.insert(plan.id).second) return r_.Fail(Join(pp, "id"), "\"" + plan.id + "\" is used twice");
      if (plan.postgraduate && y.Postgraduate()) return r_.Fail(Join(pp, "postgraduate"), "only one plan can be the postgraduate loan");
      y.loans.push_back(std::move(plan));
    }
    return true;
  }

  bool Pension(const Json& t, const std::string& p, PensionRules& rules) {
    const Json* o = r_.Object(t, p, "pension");
    const std::string pp = Join(p, "pension");
    if (!(o && SourceRef(*o, pp, rules.source) && Rate(*o, pp, "minimum_percent", rules.minimum_bp))) return false;
    const Json* q = r_.Object(*o, pp, "qualifying_earnings");
    const std::string qp = Join(pp, "qualifying_earnings");
    if (!(q && Amount(*q, qp, "lower", rules.qualifying_lower) && Amount(*q, qp, "upper", rules.qualifying_upper))) return false;
    if (rules.qualifying_lower >= rules.qualifying_upper) return r_.Fail(Join(qp, "lower"), "must be below upper");
    if (!(Rate(*o, pp, "default_percent", rules.default_percent_bp) && Rate(*o, pp, "max_percent", rules.max_percent_bp))) return false;
    if (rules.max_percent_bp < 100) return r_.Fail(Join(pp, "max_percent"), "must be at least 1");
    if (rules.default_percent_bp < 100 || rules.default_percent_bp > rules.max_percent_bp)
      return r_.Fail(Join(pp, "default_percent"), "must be from 1 to max_percent");
    return Method(*o, pp, "net_pay", rules.net_pay) && Method(*o, pp, "salary_sacrifice", rules.salary_sacrifice) &&
           Strings(*o, pp, "left_out", rules.left_out);
  }

  bool Method(const Json& o, const std::string& p, const char* key, PensionMethodText& out) {
    const Json* m = r_.Object(o, p, key);
    const std::string mp = Join(p, key);
    return m && r_.String(*m, mp, "name", out.name) && r_.String(*m, mp, "description", out.description);
  }

  bool Strings(const Json& o, const std::string& p, const char* key, std::vector<std::string>& out) {
    const Json* arr = r_.Array(o, p, key, 0);
    if (!arr) return false;
    for (size_t i = 0; i < arr->size(); ++i) {
      std::string s;
      if (!r_.ReadString((*arr)[i], Join(Join(p, key), i), s)) return false;
      out.push_back(std::move(s));
    }
    return true;
  }

  bool SourceRef(const Json& obj, const std::string& path, std::string& out) {
    if (!r_.Id(obj, path, "source", out)) return false;
    if (!is_source_(out)) return r_.Fail(Join(path, "source"), "\"" + out + "\" is not one of sources[].id");
    return true;
  }

  bool Rate(const Json& obj, const std::string& path, const char* key, int& bp) {
    const Json* v = obj.contains(key) ? &obj[key] : nullptr;
    const std::string here = Join(path, key);
    if (!v) return r_.Fail(here, "missing");
    if (!v->is_number()) return r_.Fail(here, std::string("expected number, got ") + JsonTypeName(*v));
    const double percent = v->get<double>();
    if (!(percent >= 0 && percent <= 100)) return r_.Fail(here, "must be a percentage from 0 to 100");
    bp = static_cast<int>(percent * 100 + 0.5);
    return true;
  }

  bool Day(const Json& obj, const std::string& path, const char* key, CivilDate& out) {
    std::string text;
    if (!r_.String(obj, path, key, text)) return false;
    if (!ParseIsoDate(text, out)) return r_.Fail(Join(path, key), "\"" + text + "\" is not a date written YYYY-MM-DD");
    return true;
  }

  bool Amount(const Json& obj, const std::string& path, const char* key, long& out) {
    int v = 0;
    if (!r_.Integer(obj, path, key, 0, kMaxAmount, v)) return false;
    out = v;
    return true;
  }

  bool Bool(const Json& obj, const std::string& path, const char* key, bool& out) {
    if (!obj.contains(key)) return true;  // optional: false
    if (!obj[key].is_boolean()) return r_.Fail(Join(path, key), std::string("expected true or false, got ") + JsonTypeName(obj[key]));
    out = obj[key].get<bool>();
    return true;
  }

  JsonReader& r_;
  const std::function<bool(const std::string&)>& is_source_;
};

}  // namespace

bool ReadTaxYear(JsonReader& r, const Json& tax, const std::string& path, const std::function<bool(const std::string&)>& is_source,
                 TaxYear& out) {
  return TaxReader(r, is_source).Year(tax, path, out);
}

bool ReadTaxYears(JsonReader& r, const Json& salary, const std::string& path, const std::function<bool(const std::string&)>& is_source,
                  std::vector<TaxYear>& out) {
  const Json* arr = r.Array(salary, path, "tax_years");
  if (!arr) return false;
  const std::string ap = Join(path, "tax_years");
  for (size_t i = 0; i < arr->size(); ++i) {
    const std::string yp = Join(ap, i);
    TaxYear y;
    if (!ReadTaxYear(r, (*arr)[i], yp, is_source, y)) return false;
    if (!out.empty()) {
      const TaxYear& prev = out.back();
      const std::string after = " (" + Join(ap, i - 1) + ", " + prev.year + ")";
      if (y.first_day < prev.first_day) return r.Fail(Join(yp, "first_day"), "is before the year listed before it" + after);
      if (!(prev.last_day < y.first_day)) return r.Fail(Join(yp, "first_day"), "overlaps the year before it" + after);
      for (const TaxYear& o : out)
        if (o.year == y.year) return r.Fail(Join(yp, "year"), "\"" + y.year + "\" is listed twice");
      // A reader's choices must mean the same in every year: where they live, which plan.
      for (const TaxRegion& region : out.front().regions)
        if (!y.FindRegion(region.id))
          return r.Fail(Join(yp, "regions"), "has no \"" + region.id + "\", which " + Join(ap, std::size_t{0}) + " offers");
      for (const TaxRegion& region : y.regions)
        if (!out.front().FindRegion(region.id))
          return r.Fail(Join(yp, "regions"), "has \"" + region.id + "\", which " + Join(ap, std::size_t{0}) + " does not offer");
      for (const LoanPlan& plan : out.front().loans)
        if (!y.FindLoan(plan.id))
          return r.Fail(Join(Join(yp, "student_loans"), "plans"), "has no \"" + plan.id + "\", which " + Join(ap, std::size_t{0}) + " offers");
      for (const LoanPlan& plan : y.loans) {
        const LoanPlan* was = out.front().FindLoan(plan.id);
        if (!was) return r.Fail(Join(Join(yp, "student_loans"), "plans"), "has \"" + plan.id + "\", which " + Join(ap, std::size_t{0}) + " does not offer");
        if (was->postgraduate != plan.postgraduate)
          return r.Fail(Join(Join(yp, "student_loans"), "plans"), "\"" + plan.id + "\" is the postgraduate loan in one year only");
      }
    }
    out.push_back(std::move(y));
  }
  return true;
}

}  // namespace mlguide
