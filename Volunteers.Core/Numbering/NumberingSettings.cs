using System.Globalization;

namespace Volunteers.Core.Numbering;

public enum NumberKind { Volunteer, Certificate, ServiceProof }

/// <summary>How each kind of number reads: <c>{0}</c> is the year, <c>{1}</c> the sequence within it.</summary>
public sealed record NumberingSettings
{
    public string VolunteerPrefix { get; init; } = "FH";
    public string CertificateFormat { get; init; } = "扶欢社教〔{0}〕第{1:000}号";
    public string ProofFormat { get; init; } = "扶欢志证〔{0}〕第{1:0000}号";

    public string Format(NumberKind kind, int year, long sequence) => string.Format(CultureInfo.InvariantCulture, kind switch
    {
        NumberKind.Volunteer => VolunteerPrefix.Replace("{", "{{").Replace("}", "}}") + "{0}-{1:0000}",
        NumberKind.Certificate => CertificateFormat,
        _ => ProofFormat,
    }, year, sequence);

    /// <summary>Refuses at start-up a format that would fail, or number two documents alike, only when the first one is issued.</summary>
    public NumberingSettings Checked() => FirstInvalid() is { } kind ? throw Invalid(kind) : this;

    /// <summary>The first kind whose format fails, or numbers two documents alike; null when every one is sound.</summary>
    public NumberKind? FirstInvalid()
    {
        foreach (var kind in Enum.GetValues<NumberKind>())
        {
            string first, second;
            try { (first, second) = (Format(kind, 2026, 1), Format(kind, 2026, 2)); }
            catch (FormatException) { return kind; }
            if (first == second || Format(kind, 2027, 1) == first) return kind;
        }
        return null;
    }

    private static InvalidOperationException Invalid(NumberKind kind) => new(
        $"Volunteers:Numbering:{(kind == NumberKind.Certificate ? nameof(CertificateFormat) : nameof(ProofFormat))} must contain {{0}} (the year) " +
        "and {1} (the sequence), e.g. 扶欢社教〔{0}〕第{1:000}号");
}
