using NJsonSchema;
using Volunteers.Api.Features.Me;
using Volunteers.Api.Features.ServiceRecords;
using Volunteers.Api.Features.Volunteers;
using Volunteers.Core.Activities;
using Volunteers.Core.Common;
using Volunteers.Core.Me;
using Volunteers.Core.Signups;
using Volunteers.Core.Volunteers;

namespace Volunteers.Api.Setup.OpenApi;

/// <summary>
/// The API's enumerated strings, declared as <c>enum</c> with their Chinese words (from <see cref="Labels"/>, where the
/// service's pages and sheets take them), so a client can offer a choice instead of free text. A field named alike but
/// meaning something else (a volunteer's status beside a record's) is told apart by the type it belongs to.
/// </summary>
public static class EnumeratedValues
{
    private sealed record Rule(string Property, IReadOnlyDictionary<string, string> Labels, Func<Type, bool> Owner);

    private static readonly IReadOnlyDictionary<string, string> Roles = new Dictionary<string, string>
    {
        [Core.Common.Roles.DistrictAdmin] = "区管理员",
        [Core.Common.Roles.TownAdmin] = "镇管理员",
        [Core.Common.Roles.PointCoordinator] = "学习点联络员",
    };

    private static readonly IReadOnlyDictionary<string, string> CheckinActions = new Dictionary<string, string>
    {
        [Core.CheckIn.CheckinActions.In] = "签到",
        [Core.CheckIn.CheckinActions.Out] = "签退",
    };

    // These two sets are written as SQL literals and constructor arguments in Core (SelectionCommands, AwardQueries).
    private static readonly IReadOnlyDictionary<string, string> NominationStatuses = new Dictionary<string, string>
    {
        ["nominated"] = "已推荐",
        ["confirmed"] = "列入公示名单",
        ["removed"] = "未列入或已移除",
    };

    private static readonly IReadOnlyDictionary<string, string> VerifiedKinds = new Dictionary<string, string>
    {
        ["award"] = "荣誉证书",
        ["service-proof"] = "志愿服务记录证明",
    };

    private static readonly Rule[] Rules =
    [
        new("gender", Labels.Genders, _ => true),
        new("category", Labels.Categories, _ => true),
        new("role", Roles, _ => true),
        new("state", Labels.SelectionStates, _ => true),
        new("type", ActivityTypes.Chinese, t => t.Namespace!.Contains(".Activities", StringComparison.Ordinal)),
        new("status", Labels.VolunteerStatuses, t => t == typeof(Volunteer) || t == typeof(VolunteerSummary) || t == typeof(VolunteerResponse) || t == typeof(MeVolunteer)
            || t == typeof(Features.Registration.Create.Response)),
        new("status", Labels.RecordStatuses, t => t == typeof(ServiceRecordResponse) || t == typeof(MyRecord)),
        new("status", Labels.SignupStatuses, t => t.Namespace == typeof(SignupResult).Namespace),
        new("source", Labels.Sources, t => t == typeof(Volunteer) || t == typeof(VolunteerSummary) || t == typeof(VolunteerResponse)),
        new("source", Labels.RecordSources, t => t == typeof(ServiceRecordResponse)),
        new("kind", Labels.PointKinds, t => t.Namespace!.Contains(".LearningPoints", StringComparison.Ordinal) || t == typeof(Core.Town.PointProgress)),
        new("kind", Labels.PointsChanges, t => t == typeof(MyPointsEntry)),
        new("kind", VerifiedKinds, t => t == typeof(Core.Selection.Verification)),
        new("status", NominationStatuses, t => t == typeof(Core.Selection.Nomination)),
        new("action", CheckinActions, t => t.Namespace!.Contains(".CheckIn", StringComparison.Ordinal)),
    ];

    /// <summary>The values of <paramref name="property"/> (camelCase) on <paramref name="owner"/>, or null when it is free text.</summary>
    public static IReadOnlyDictionary<string, string>? Of(Type owner, string property) =>
        Rules.FirstOrDefault(r => r.Property == property && r.Owner(owner))?.Labels;

    public static void Apply(JsonSchema schema, IReadOnlyDictionary<string, string> labels)
    {
        schema.Enumeration.Clear();
        foreach (var value in labels.Keys) schema.Enumeration.Add(value);
        schema.Description = string.Join("；", labels.Select(l => $"{l.Key}：{l.Value}"));
    }
}
