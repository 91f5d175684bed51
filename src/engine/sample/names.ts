/** Company names for generated sample ledgers, in English and Chinese. Invented; any likeness is chance. */
import type { Random } from "./random";

const EN_FIRST = [
  "Northwind",
  "Blue Harbor",
  "Summit",
  "Redwood",
  "Lakeside",
  "Granite",
  "Silverline",
  "Oakridge",
  "Meridian",
  "Harbor Point",
  "Crescent",
  "Evergreen",
  "Pioneer",
  "Atlas",
  "Keystone",
  "Riverbend",
  "Falcon",
  "Horizon",
  "Cedar",
  "Beacon",
  "Ironwood",
  "Westgate",
  "Brightwater",
  "Copperfield",
];
const EN_SECOND = [
  "Trading",
  "Foods",
  "Logistics",
  "Electronics",
  "Textiles",
  "Machinery",
  "Retail",
  "Components",
  "Supplies",
  "Packaging",
  "Chemicals",
  "Furniture",
  "Auto Parts",
  "Medical",
  "Building Materials",
];
const EN_SUFFIX = ["Ltd", "Inc", "LLC", "Co", "Group", "GmbH", "BV", "Pte Ltd"];

const ZH_CITY = [
  "上海",
  "北京",
  "深圳",
  "广州",
  "杭州",
  "苏州",
  "南京",
  "成都",
  "武汉",
  "宁波",
  "青岛",
  "厦门",
  "天津",
  "重庆",
  "东莞",
  "佛山",
  "无锡",
  "长沙",
];
const ZH_NAME = [
  "华信",
  "恒达",
  "鑫源",
  "宏远",
  "瑞丰",
  "永泰",
  "金桥",
  "嘉禾",
  "盛世",
  "新锐",
  "德润",
  "天成",
  "汇通",
  "中联",
  "安泰",
  "博远",
  "同创",
  "益佳",
  "联合",
  "东方",
];
const ZH_TRADE = [
  "贸易",
  "电子",
  "食品",
  "物流",
  "纺织",
  "机械",
  "建材",
  "化工",
  "包装",
  "家具",
  "汽配",
  "医疗器械",
  "五金",
  "科技",
];
const ZH_FORM = ["有限公司", "股份有限公司", "实业有限公司"];

export function companyNames(count: number, language: "en" | "zh", rng: Random): string[] {
  const names = new Set<string>();
  let attempt = 0;
  while (names.size < count) {
    attempt++;
    const name =
      language === "zh"
        ? `${rng.pick(ZH_CITY)}${rng.pick(ZH_NAME)}${rng.pick(ZH_TRADE)}${rng.pick(ZH_FORM)}`
        : `${rng.pick(EN_FIRST)} ${rng.pick(EN_SECOND)} ${rng.pick(EN_SUFFIX)}`;
    names.add(attempt > count * 20 ? `${name} ${names.size + 1}` : name);
  }
  return [...names];
}
