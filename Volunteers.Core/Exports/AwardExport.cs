using Volunteers.Core.Common;
using Volunteers.Core.Selection;
using Volunteers.Core.ServiceRecords;

namespace Volunteers.Core.Exports;

/// <summary>The awards of a year (or of every year) as a sheet, revoked ones marked; a year has a few hundred at most.</summary>
public sealed class AwardExport(AwardData awards)
{
    public static readonly string[] Headers =
        ["证书编号", "年度", "姓名", "学习点", "称号", "年度服务时长（小时）", "颁发日期", "状态", "撤销时间", "撤销原因"];

    public Sheet For(Caller caller, int? year) => new("表彰", Headers, awards.List(caller, year).Select(a => new object?[]
    {
        a.CertificateNo, a.Year, a.Name, a.LearningPointName, a.Title, Hours.FromHalfHours(a.HalfHours), a.IssuedOn.ToString("yyyy-MM-dd"),
        a.RevokedAt is null ? "有效" : "已撤销", a.RevokedAt is { } at ? ExportData.Local(at) : "", a.RevokeReason ?? "",
    }));
}
