package org.dangong.testkit;

import com.google.common.collect.ImmutableList;
import java.util.random.RandomGenerator;

/**
 * Name pools: Chinese personal names built from common surnames and given-name characters,
 * foreign names, enterprise trade names and industries, and region names. Names are drawn from
 * pools built once, so that even a synthetic city of millions of people shares a few thousand name
 * strings.
 */
final class Names {
  private static final String SURNAMES =
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
  private static final String GIVEN =
      "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玲建国文辉鹏飞红梅琳晨浩宇欣怡佳子轩涵雨博思婷鑫凯蕾亮斌俊峰彬立新春燕萍慧颖琪瑶海波云志荣晓东";
  private static final int POOL_SIZE = 4096;
  private static final ImmutableList<String> CHINESE = buildChinese();

  private static final ImmutableList<String> FOREIGN =
      ImmutableList.of(
          "Michael Brown", "David Miller", "Hans Müller", "Anna Schmidt", "Kenji Sato", "Yuki Tanaka",
          "Kim Min-jun", "Park Ji-woo", "Pierre Martin", "Sophie Dubois", "John Smith", "Emily Clark",
          "Marco Rossi", "Giulia Bianchi", "Lars Nilsson", "Olga Ivanova", "Ahmed Hassan",
          "Priya Sharma", "Carlos García", "Tom Wilson");

  static final ImmutableList<String> TRADE_NAMES =
      ImmutableList.of(
          "华信", "恒力", "盛虹", "永鼎", "通鼎", "亨通", "沙钢", "波司登", "东华", "天顺", "金龙", "新海",
          "宏达", "兴业", "瑞丰", "长城", "远东", "华润", "鑫源", "德尔", "伟德", "博世", "友达", "明基",
          "三星", "富士", "创元", "苏绣", "吴韵", "姑苏", "太湖", "阳澄", "金鸡湖", "虎丘", "枫桥", "寒山",
          "平江", "沧浪", "东吴", "江南", "锦华", "恒通", "嘉盛", "隆兴", "福源", "润达", "昌盛", "泰和",
          "协鑫", "康力", "好孩子", "科沃斯", "固锝", "胜利", "中来", "旭辉", "鼎盛", "同程", "天华",
          "永安", "鸿运", "德润", "安泰", "晨光", "海峰", "联创", "汇通", "佳禾", "立达", "正大", "光明",
          "新宇", "金桥", "腾飞", "恒远", "天成", "宏图", "华宇", "中信", "卓越", "精工", "诚信", "百川",
          "明月", "春晖", "晟达", "凯达", "宝丰", "盈科", "睿智", "星辰", "海纳", "山川", "万达", "同心");
  static final ImmutableList<String> INDUSTRIES =
      ImmutableList.of(
          "电子", "纺织", "丝绸", "机械", "精密", "化纤", "光电", "半导体", "物流", "建材", "印染", "服饰",
          "食品", "医药", "软件", "信息", "新材料", "环保", "汽车零部件", "模具", "家具", "塑胶", "五金",
          "包装", "电缆", "光伏", "钢结构", "商贸", "餐饮", "酒店", "建筑", "装饰", "置业", "科技", "生物",
          "化工", "仪器", "工艺品", "文化传媒", "检测");

  static final ImmutableList<String> CITIES =
      ImmutableList.of("苏州市", "无锡市", "常州市", "南通市", "宁波市", "温州市", "东莞市", "佛山市", "嘉兴市", "泉州市");
  static final ImmutableList<String> COUNTY_CITIES =
      ImmutableList.of(
          "张家港市", "常熟市", "太仓市", "昆山市", "江阴市", "宜兴市", "溧阳市", "海门市", "慈溪市", "余姚市",
          "义乌市", "晋江市", "启东市", "如皋市", "海宁市", "桐乡市");
  static final ImmutableList<String> DISTRICTS =
      ImmutableList.of(
          "吴江区", "吴中区", "相城区", "姑苏区", "虎丘区", "滨湖区", "新吴区", "武进区", "鄞州区", "南山区",
          "梁溪区", "锡山区", "惠山区", "新北区", "天宁区", "钟楼区");
  static final ImmutableList<String> ZONES =
      ImmutableList.of("工业园区", "高新技术产业开发区", "经济技术开发区", "综合保税区", "旅游度假区", "科技城");
  static final ImmutableList<String> TOWN_STEMS =
      ImmutableList.of(
          "同里", "周庄", "甪直", "木渎", "锦溪", "千灯", "沙溪", "黎里", "震泽", "盛泽", "平望", "七都",
          "桃源", "光福", "东山", "金庭", "临湖", "胥口", "望亭", "黄埭", "渭塘", "北桥", "通安", "东渚",
          "浒墅关", "唯亭", "胜浦", "巴城", "周市", "陆家", "花桥", "淀山湖", "张浦", "玉山", "塘桥", "金港",
          "锦丰", "乐余", "凤凰", "南丰", "大新", "梅李", "海虞", "古里", "沙家浜", "支塘", "董浜", "辛庄",
          "尚湖", "城厢", "浏河", "浮桥", "璜泾", "双凤", "松陵", "横扇", "八坼", "郭巷", "越溪", "长桥",
          "元和", "太平", "黄桥", "枫桥", "狮山", "横塘", "娄葑", "斜塘", "湖西", "湖东", "琴川", "娄东");

  private Names() {}

  private static ImmutableList<String> buildChinese() {
    ImmutableList.Builder<String> names = ImmutableList.builderWithExpectedSize(POOL_SIZE);
    int surnames = SURNAMES.length();
    String given = GIVEN;
    int g = given.length();
    for (int i = 0; i < POOL_SIZE; i++) {
      StringBuilder name = new StringBuilder(3);
      name.append(SURNAMES.charAt((i * 37) % surnames));
      name.append(given.charAt((i * 7 + i / surnames) % g));
      if (i % 3 != 0) {
        name.append(given.charAt((i * 13 + 5 + i / g) % g));
      }
      names.add(name.toString());
    }
    return names.build();
  }

  static String chinese(RandomGenerator random) {
    return CHINESE.get(random.nextInt(CHINESE.size()));
  }

  static String foreign(RandomGenerator random) {
    return FOREIGN.get(random.nextInt(FOREIGN.size()));
  }

  /**
   * The name of the enterprise with the given index: trade name and industry chosen by a
   * permutation of the index, so that the first few thousand names in a jurisdiction are distinct.
   */
  static String enterprise(int index) {
    int combos = TRADE_NAMES.size() * INDUSTRIES.size();
    int k = (int) ((index * 2654435761L) % combos);
    int round = index / combos;
    String base = TRADE_NAMES.get(k % TRADE_NAMES.size()) + INDUSTRIES.get(k / TRADE_NAMES.size());
    return round == 0 ? base + "有限公司" : base + "（" + (round + 1) + "）有限公司";
  }
}
