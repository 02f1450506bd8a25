// Chinese field names and error texts; see field_names.h.
#include "domain/field_names.h"

#include <map>
#include <utility>
#include <vector>

#include "domain/dataset.h"
#include "domain/ids.h"

namespace gj {
namespace {

const std::map<std::string_view, std::string_view>& typeNames() {
  static const std::map<std::string_view, std::string_view> k = {
      {"street", "街道"}, {"community", "社区"}, {"unit", "共建单位"}, {"resource", "资源"}, {"need", "需求"},
      {"project", "项目"}, {"volunteer", "志愿者"}, {"activity", "活动"}, {"meeting", "联席会议"},
      {"assessment", "反向考核"}, {"feedback", "满意度评价"}, {"award", "奖励"}};
  return k;
}

const std::map<std::string_view, std::string_view>& fieldNames() {
  static const std::map<std::string_view, std::string_view> k = {
      {"_id", "编号"}, {"address", "住址"}, {"after", "修改后"}, {"amount_fen", "金额"}, {"at", "时间"},
      {"attendance", "出勤名单"}, {"attending", "参会单位"}, {"availability", "可服务时段"}, {"before", "修改前"},
      {"beneficiaries", "受益人数"}, {"budget_fen", "预算"}, {"by", "操作人"},
      {"capacity_per_quarter", "每季度容量"}, {"categories", "类别"}, {"category", "类别"}, {"channel", "渠道"},
      {"children_served", "儿童服务人次"}, {"city", "市"}, {"claimed", "领办时间"}, {"communities", "结对社区"},
      {"community", "社区"}, {"completed", "完成时间"}, {"created", "创建时间"}, {"date", "日期"},
      {"decided_by", "决定人"}, {"decisions", "决定事项"}, {"district", "区县"}, {"duplicate_of", "重复于"},
      {"end", "结束时间"}, {"exemplary", "示范项目"}, {"featured", "特色项目"}, {"field", "字段"},
      {"from", "开始"}, {"funds_spent_fen", "已用资金"}, {"headcount", "需要人数"}, {"history", "修改历史"},
      {"households", "户数"}, {"kind", "类型"}, {"lead_unit", "领办单位"}, {"level", "级别"},
      {"liaison", "联络人"}, {"matched_unit", "对接单位"}, {"minutes", "服务时长（分钟）"}, {"name", "名称"},
      {"needs", "需求"}, {"note", "备注"}, {"notes", "备注"}, {"organisers", "组织单位"},
      {"partner_units", "协办单位"}, {"party_member", "党员"}, {"people_affected", "涉及人数"},
      {"people_served", "服务人次"}, {"percent", "进度"}, {"phone", "联系电话"}, {"place", "地点"},
      {"problems_solved", "解决问题数"}, {"project", "项目"}, {"quarter", "季度"}, {"rating", "评分"},
      {"reason", "原因"}, {"recurring_weekly", "每周重复"}, {"refer_to", "转介去向"}, {"reported", "反映日期"},
      {"reporter", "反映人"}, {"rev", "版本"}, {"schema", "数据版本"}, {"scores", "评分"}, {"skills", "技能"},
      {"start", "开始时间"}, {"status", "状态"}, {"street", "街道"}, {"target", "对象"},
      {"target_group", "服务对象"}, {"target_kind", "对象类型"}, {"text", "需求描述"}, {"timeline", "进展记录"},
      {"title", "标题"}, {"to", "结束"}, {"type", "类型"}, {"unit", "单位"}, {"updated", "更新时间"}, {"urgency", "紧急程度"},
      {"volunteer", "志愿者"}, {"weekday", "星期"}, {"weekdays", "可服务日"}, {"year", "年份"},
      {"format", "格式"}, {"records", "记录"}};
  return k;
}

// What the readers expect (json_fields.cpp and the record readers), in Chinese. Checked by prefix, longest
// first, so "an integer 1..5" and "one of ..." keep their tails.
const std::vector<std::pair<std::string_view, std::string_view>>& expectations() {
  static const std::vector<std::pair<std::string_view, std::string_view>> k = {
      {"the id of an existing ", ""},  // "已有<type>的编号", below
      {"a chain of duplicates that ends", "一条有终点的重复链"},
      {"a whole number >= 0", "不小于 0 的整数"},
      {"an amount in fen (a whole number >= 0)", "以分为单位的金额（不小于 0 的整数）"},
      {"a non-empty text when the need is closed without a fix", "非空文字（需求未解决而关闭时必填）"},
      {"a non-empty text when the need is rejected", "非空文字（不予受理时必填）"},
      {"a non-empty text", "非空文字"},
      {"a text", "文字"},
      {"true or false", "true 或 false"},
      {"an integer ", "整数 "},
      {"one of the volunteer's weekdays", "该志愿者的可服务日之一"},
      {"one of ", "以下之一："},
      {"a list of texts", "文字列表"},
      {"a list of category ids like ", "类别编号列表，如 "},
      {"a list of ids like ", "编号列表，如 "},
      {"a category id like ", "类别编号，如 "},
      {"each category once", "每个类别只出现一次"},
      {"each id once", "每个编号只出现一次"},
      {"each volunteer once per activity", "每名志愿者在一次活动中只出现一次"},
      {"an id like ", "编号，如 "},
      {"an id used once", "只用一次的编号"},
      {"an object", "对象"},
      {"a list", "列表"},
      {"a date like ", "日期，如 "},
      {"a date inside ", "范围内的日期："},
      {"a date not before ", "不早于此日期："},
      {"a time like ", "时间，如 "},
      {"a time of day ", "一天中的时刻 "},
      {"a time after from ", "晚于开始的时刻 "},
      {"a time not before created ", "不早于创建时间 "},
      {"a time not before start ", "不早于开始时间 "},
      {"a quarter like ", "季度，如 "},
      {"a weekday 1..7 (1 = Monday)", "星期 1..7（1 = 星期一）"},
      {"a weekday after ", "排在后面的星期（升序，不重复），前一个是 "},
      {"a range after the previous one ", "在前一时段之后的时段 "},
      {"the storage key ", "存储键 "},
      {"the id of another need", "另一条需求的编号"},
      {"at least ", "至少 "},
      {"at most people_served ", "不超过服务人次 "},
      {"only the groups ", "只能是以下人群："},
  };
  return k;
}

// Explanations that follow a number in an expectation ("at least 50 (progress does not go backwards)").
const std::vector<std::pair<std::string_view, std::string_view>>& parentheticals() {
  static const std::vector<std::pair<std::string_view, std::string_view>> k = {
      {" (progress does not go backwards)", "（进度不能倒退）"},
      {" (ascending, each once)", ""},
  };
  return k;
}

std::string expectationZh(std::string_view what) {
  for (const auto& [en, zh] : expectations())
    if (what.substr(0, en.size()) == en) {
      std::string tail(what.substr(en.size()));
      for (const auto& [english, chinese] : parentheticals())
        if (const std::size_t cut = tail.find(english); cut != std::string::npos) tail.replace(cut, english.size(), chinese);
      if (en == "the id of an existing ") return "已有" + recordTypeZh(tail) + "的编号";
      return std::string(zh) + tail;
    }
  return std::string(what);
}

// The problems of json_text.h in Chinese ("nested deeper than 64 levels at byte 12" -> "第 12 字节处嵌套超过 64 层").
std::string jsonProblemZh(std::string_view p) {
  std::string where;
  if (const std::size_t at = p.rfind(" at byte "); at != std::string_view::npos) {
    const std::size_t end = p.find_first_not_of("0123456789", at + 9);
    where = "第 " + std::string(p.substr(at + 9, end == std::string_view::npos ? end : end - at - 9)) + " 字节处";
    p = p.substr(0, at);
  }
  struct Problem {
    std::string_view en, zh;
    bool tail;  // the rest of the English text (a number, a key) follows the Chinese
  };
  static const std::vector<Problem> k = {
      {"invalid UTF-8", "不是有效的 UTF-8", false},
      {"nested deeper than ", "嵌套层数超过 ", true},
      {"NUL byte", "有 NUL 字节（UTF-16 或二进制数据，不是 UTF-8 文本）", false},
      {"UTF-16 text (byte order mark)", "是 UTF-16 文本（字节顺序标记），请另存为 UTF-8", false},
      {"the key ", "同一对象中有重复的键：", true},
      {"the integer ", "整数超出 ±2^53，无法精确表示：", true},
      {"the text is empty", "文本为空", false},
      {"the text holds only white space, no JSON value", "文本只有空白，没有 JSON 值", false},
      {"the text is ", "文件过大：", true},
  };
  for (const Problem& m : k) {
    if (p.substr(0, m.en.size()) != m.en) continue;
    std::string tail = m.tail ? std::string(p.substr(m.en.size())) : "";
    for (std::string_view english : {" levels", " appears twice in one object"})
      if (const std::size_t cut = tail.find(english); cut != std::string::npos) tail.replace(cut, english.size(), english == " levels" ? " 层" : "");
    return where + std::string(m.zh) + tail;
  }
  return where + "语法错误：" + std::string(p);
}

}  // namespace

std::string recordTypeZh(std::string_view type) {
  auto it = typeNames().find(type);
  return it == typeNames().end() ? std::string(type) : std::string(it->second);
}

std::string fieldNameZh(std::string_view field) {
  auto it = fieldNames().find(field);
  return it == fieldNames().end() ? std::string(field) : std::string(it->second);
}

std::string fieldPathZh(std::string_view path) {
  std::string out;
  while (!path.empty()) {
    const std::size_t dot = path.find('.');
    std::string_view part = path.substr(0, dot);
    path = dot == std::string_view::npos ? std::string_view() : path.substr(dot + 1);
    std::string_view index;
    if (const std::size_t br = part.find('['); br != std::string_view::npos && part.back() == ']') {
      index = part.substr(br + 1, part.size() - br - 2);
      part = part.substr(0, br);
    }
    if (!out.empty()) out += "的";
    out += fieldNameZh(part);
    bool number = !index.empty();
    for (char c : index) number = number && c >= '0' && c <= '9';
    if (number && index.size() < 9)
      out += "第 " + std::to_string(std::stoi(std::string(index)) + 1) + " 项";
    else if (!index.empty())
      out += "[" + std::string(index) + "]";
  }
  return out;
}

std::string errorZh(std::string_view en) {
  if (const std::size_t nj = en.find(": not valid JSON: "); nj != std::string_view::npos) {
    const std::string_view where = en.substr(0, nj);
    return (where == "bundle" ? std::string("数据包") : std::string(where)) + "：不是有效的 JSON：" +
           jsonProblemZh(en.substr(nj + 18));
  }
  const std::size_t colon = en.find(": expected ");
  if (colon == std::string_view::npos) return std::string(en);
  const std::string_view path = en.substr(0, colon);
  std::string_view rest = en.substr(colon + 11);
  const std::size_t got = rest.rfind(", got ");
  const std::string_view what = got == std::string_view::npos ? rest : rest.substr(0, got);
  std::string value = got == std::string_view::npos ? "" : std::string(rest.substr(got + 6));
  if (value == "nothing") value = "空缺";
  if (value.rfind("a loop through ", 0) == 0) value = "经过 " + value.substr(15) + " 的循环";

  // The record: "need/17" or "records[3]" or "bundle" (a bundle's top level).
  std::string where;
  std::string_view field = path;
  const std::size_t dot = path.find('.');
  const std::string_view head = path.substr(0, dot);
  if (isRecordType(idType(head)) || head.substr(0, 8) == "records[" || head == "bundle") {
    where = head == "bundle" ? "数据包" : std::string(head);
    if (head.substr(0, 8) == "records[" && head.size() > 9 && head.size() < 18 && head.back() == ']') {
      const std::string n(head.substr(8, head.size() - 9));
      if (n.find_first_not_of("0123456789") == std::string::npos) where = "数据包的第 " + std::to_string(std::stoll(n) + 1) + " 条记录";
    }
    field = dot == std::string_view::npos ? std::string_view() : path.substr(dot + 1);
  }
  std::string out = where;
  const bool asciiEnd = !out.empty() && static_cast<unsigned char>(out.back()) < 0x80;  // "need/17 的", "数据包的"
  if (!field.empty()) out += (out.empty() ? "“" : asciiEnd ? " 的“" : "的“") + fieldPathZh(field) + "”";
  out += "：应为" + expectationZh(what);
  if (!value.empty()) out += "，实际为" + value;
  return out;
}

Message errorMessage(const char* key, const std::string& en) { return Message{key, en, errorZh(en)}; }

}  // namespace gj
