using FastEndpoints;
using FluentValidation;
using Volunteers.Api.Setup;
using Volunteers.Core.Common;
using Volunteers.Core.Town;

namespace Volunteers.Api.Features.Towns;

/// <summary>A town's settings; what is left out keeps its value (or, on a create, takes one made from the name).</summary>
public class TownRequest
{
    public string? Code { get; set; }
    public string Name { get; set; } = "";
    public long ResidentPopulation { get; set; }
    public decimal TargetRatio { get; set; }
    public string? VolunteerNoPrefix { get; set; }
    public string? Issuer { get; set; }
    public string? CertificateNumberFormat { get; set; }
    public string? ProofNumberFormat { get; set; }

    public TownInput ToInput() => new(Code?.Trim().ToUpperInvariant(), Name.Trim(), ResidentPopulation, TargetRatio,
        VolunteerNoPrefix?.Trim(), Issuer?.Trim(), CertificateNumberFormat?.Trim(), ProofNumberFormat?.Trim());
}

public sealed class TownRules : AbstractValidator<TownRequest>
{
    public TownRules()
    {
        RuleFor(x => x.Code).Must(c => System.Text.RegularExpressions.Regex.IsMatch(c!, "^[A-Za-z0-9-]{1,20}$")).When(x => x.Code is not null)
            .WithMessage(_ => Text.T("编码须为 1–20 位字母、数字或连字符", "The code has 1–20 letters, digits or hyphens"));
        RuleFor(x => x.Name).IsText("镇名称", "town name", 30);
        RuleFor(x => x.ResidentPopulation).InclusiveBetween(0, 10_000_000)
            .WithMessage(_ => Text.T("常住人口须在 0 到 10,000,000 之间", "Resident population must be between 0 and 10,000,000"));
        RuleFor(x => x.TargetRatio).Must(r => r > 0 && r <= 1)
            .WithMessage(_ => Text.T("目标比例须大于 0 且不超过 1（如 0.01 表示 1%）", "The target ratio must be above 0 and at most 1 (0.01 is 1%)"));
        RuleFor(x => x.VolunteerNoPrefix).Must(p => System.Text.RegularExpressions.Regex.IsMatch(p!, "^[A-Za-z0-9]{1,8}$")).When(x => x.VolunteerNoPrefix is not null)
            .WithMessage(_ => Text.T("志愿者编号前缀须为 1–8 位字母或数字", "The volunteer-number prefix has 1–8 letters or digits"));
        RuleFor(x => x.Issuer).IsText("出具单位", "issuer", 40).When(x => x.Issuer is not null);
        RuleFor(x => x.CertificateNumberFormat).IsText("证书编号格式", "certificate number format", 40).When(x => x.CertificateNumberFormat is not null);
        RuleFor(x => x.ProofNumberFormat).IsText("证明编号格式", "proof number format", 40).When(x => x.ProofNumberFormat is not null);
    }
}
