namespace Volunteers.Api.Setup.OpenApi;

public sealed record Tag(string Name, string Description);

/// <summary>One tag per area (the folder under Features), named in Chinese, as a REST client lists them.</summary>
public static class Tags
{
    public static readonly IReadOnlyDictionary<string, Tag> ByArea = new Dictionary<string, Tag>
    {
        ["Town"] = new("镇与进度", "本镇的常住人口、目标比例（1%）与公开的队伍建设进度。Town settings and public progress."),
        ["Towns"] = new("区与镇（街道）", "本区的镇（街道）及其各自的设置、编号格式。The district's towns and their settings."),
        ["LearningPoints"] = new("学习点", "各村、社区的学习点及其目标人数。Learning points and their targets."),
        ["Accounts"] = new("账号", "镇管理员与学习点联络员的账号和访问令牌。Staff accounts and tokens."),
        ["Volunteers"] = new("志愿者", "志愿者登记、查找、修改、状态变更、志愿者证与注销。The volunteer registry."),
        ["Registration"] = new("自助登记", "志愿者本人在手机上登记（公开）。Self-registration (public)."),
        ["Me"] = new("志愿者本人", "凭志愿者证查看本人时长、积分、表彰与证明。The volunteer's own side, with the card key."),
        ["Activities"] = new("活动", "活动的发布、修改与取消。Activities."),
        ["Signups"] = new("招募报名", "活动报名、候补与签到表。Sign-ups, the waitlist and the printed roster."),
        ["CheckIn"] = new("扫码签到", "活动现场扫码签到签退与结束活动。Check-in and check-out on the day."),
        ["ServiceRecords"] = new("服务时长", "服务记录的录入、签到表批量录入与审核。Service hours and their review."),
        ["Incentives"] = new("激励", "服务时长排行与积分兑换。The leaderboard and point redemptions."),
        ["Selection"] = new("年度评选与表彰", "推荐、审核、公示、异议、定稿与表彰核验。The annual selection and awards."),
        ["Documents"] = new("证书与文书", "荣誉证书、志愿服务记录证明、表彰名单与年度报告（PDF）。Documents (PDF)."),
        ["Reports"] = new("统计与简报", "从台账生成的月度简报。The monthly briefing, from the ledger."),
        ["Exports"] = new("导出与导入", "CSV、XLSX 导出与志愿者批量导入。Sheets out and in."),
        ["Audit"] = new("操作留痕", "操作日志与哈希链校验。The audit trail."),
        ["Backups"] = new("备份", "数据库备份。Backups."),
    };

    /// <summary>The area of an endpoint: the namespace segment after Features (Volunteers.Api.Features.Volunteers.Create → Volunteers).</summary>
    public static string AreaOf(Type endpoint)
    {
        var parts = endpoint.Namespace!.Split('.');
        return parts[Array.IndexOf(parts, "Features") + 1];
    }
}
