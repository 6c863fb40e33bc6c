namespace Volunteers.Core.Common;

/// <summary>The Chinese words people read for the API's English values: in messages, pages, documents and sheets, and back from sheets.</summary>
public static class Labels
{
    public static readonly IReadOnlyDictionary<string, string> Genders = new Dictionary<string, string>
    {
        ["male"] = "男",
        ["female"] = "女",
    };

    public static readonly IReadOnlyDictionary<string, string> Categories = new Dictionary<string, string>
    {
        ["teacher"] = "在职教师",
        ["university-student"] = "大学生",
        ["retired-cadre"] = "离退休干部",
        ["expert-scholar"] = "专家学者",
        ["professional-technician"] = "专业技术人员",
        ["other"] = "其他",
    };

    public static readonly IReadOnlyDictionary<string, string> Sources = new Dictionary<string, string>
    {
        ["self"] = "本人登记",
        ["coordinator"] = "学习点录入",
        ["import"] = "批量导入",
    };

    public static readonly IReadOnlyDictionary<string, string> VolunteerStatuses = new Dictionary<string, string>
    {
        ["pending"] = "待审核",
        ["active"] = "在册",
        ["suspended"] = "已暂停",
        ["withdrawn"] = "已退出",
    };

    public static readonly IReadOnlyDictionary<string, string> RecordStatuses = new Dictionary<string, string>
    {
        ["pending"] = "待审核",
        ["approved"] = "已通过",
        ["rejected"] = "未通过",
    };

    public static readonly IReadOnlyDictionary<string, string> SelectionStates = new Dictionary<string, string>
    {
        ["nominating"] = "推荐",
        ["reviewed"] = "审核完成",
        ["notice"] = "公示",
        ["finalized"] = "已定稿",
    };

    public static readonly IReadOnlyDictionary<string, string> PointKinds = new Dictionary<string, string>
    {
        ["village"] = "村",
        ["community"] = "社区",
        ["town"] = "镇",
    };

    public static readonly IReadOnlyDictionary<string, string> SignupStatuses = new Dictionary<string, string>
    {
        ["confirmed"] = "已确认",
        ["waitlisted"] = "候补",
        ["cancelled"] = "已取消",
    };

    /// <summary>Where a service record came from.</summary>
    public static readonly IReadOnlyDictionary<string, string> RecordSources = new Dictionary<string, string>
    {
        ["manual"] = "手工录入",
        ["sheet"] = "签到表",
        ["check-in"] = "扫码签到",
        ["reversal"] = "冲正",
    };

    /// <summary>Where a town-level activity's learning point would be named.</summary>
    public const string TownLevel = "镇级活动";

    /// <summary>What moved a volunteer's points (积分).</summary>
    public static readonly IReadOnlyDictionary<string, string> PointsChanges = new Dictionary<string, string>
    {
        ["service"] = "服务时长",
        ["reversal"] = "时长冲正",
        ["award"] = "表彰奖励",
        ["redemption"] = "积分兑换",
    };

    public static string Of(IReadOnlyDictionary<string, string> labels, string value) => labels.GetValueOrDefault(value, value);

    public static string VolunteerStatus(string status) => Of(VolunteerStatuses, status);

    public static string RecordStatus(string status) => Of(RecordStatuses, status);

    public static string Category(string category) => Of(Categories, category);

    public static string SignupStatus(string status) => Of(SignupStatuses, status);

    /// <summary>A day as a notice board writes it: 3月10日 周三.</summary>
    public static string Day(DateOnly date) => $"{date.Month}月{date.Day}日 周{"日一二三四五六"[(int)date.DayOfWeek]}";

    /// <summary>The English value for a Chinese label or the value itself, as a sheet may carry either.</summary>
    public static string? ValueOf(IReadOnlyDictionary<string, string> labels, string text)
    {
        var t = text.Trim();
        if (labels.ContainsKey(t)) return t;
        return labels.FirstOrDefault(kv => kv.Value == t).Key;
    }
}
