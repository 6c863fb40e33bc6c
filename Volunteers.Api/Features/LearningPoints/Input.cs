using FastEndpoints;
using FluentValidation;
using Volunteers.Core.Common;
using Volunteers.Core.LearningPoints;

namespace Volunteers.Api.Features.LearningPoints;

/// <summary>The fields a learning point is created and replaced with.</summary>
public class PointRequest
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string Kind { get; set; } = "";
    public long ResidentPopulation { get; set; }
    /// <summary>The town of a new point: a district administrator's choice (needed once the district has two towns).</summary>
    public long? TownId { get; set; }

    public LearningPointInput ToInput() => new(Code.Trim().ToUpperInvariant(), Name.Trim(), Kind, ResidentPopulation, TownId);
}

public sealed class PointRules : AbstractValidator<PointRequest>
{
    public PointRules()
    {
        // Matches alone lets a JSON null through.
        RuleFor(x => x.Code).Must(c => c is not null && System.Text.RegularExpressions.Regex.IsMatch(c, "^[A-Za-z0-9-]{1,20}$"))
            .WithMessage(_ => Text.T("编码须为 1–20 位字母、数字或连字符", "The code has 1–20 letters, digits or hyphens"));
        RuleFor(x => x.Name).IsText("名称", "name", 40);
        RuleFor(x => x.Kind).Must(k => LearningPointKinds.All.Contains(k))
            .WithMessage(_ => Text.T("类型须为 village（村）、community（社区）或 town（镇）", "Kind must be village, community or town"));
        RuleFor(x => x.ResidentPopulation).InclusiveBetween(0, 10_000_000)
            .WithMessage(_ => Text.T("常住人口须在 0 到 10,000,000 之间", "Resident population must be between 0 and 10,000,000"));
    }
}

public sealed record PointResponse(long Id, long TownId, string Code, string Name, string Kind, long ResidentPopulation, int Target,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static PointResponse From(LearningPoint p) =>
        new(p.Id, p.TownId, p.Code, p.Name, p.Kind, p.ResidentPopulation, p.Target, p.CreatedAt, p.UpdatedAt);
}
