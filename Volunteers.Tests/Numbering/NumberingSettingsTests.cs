using Volunteers.Core.Numbering;

namespace Volunteers.Tests.Numbering;

/// <summary>What a town may set its numbers to read, checked at start-up rather than when the first document is numbered.</summary>
public sealed class NumberingSettingsTests
{
    [Test]
    public void A_prefix_with_braces_is_printed_as_written()
    {
        var settings = new NumberingSettings { VolunteerPrefix = "F{H}" }.Checked();
        Assert.That(settings.Format(NumberKind.Volunteer, 2026, 7), Is.EqualTo("F{H}2026-0007"));
    }

    [TestCase("扶欢社教第{1}号", "without the year, 2027's first repeats 2026's")]
    [TestCase("扶欢社教〔{0}〕号", "without the sequence, a year's second repeats its first")]
    [TestCase("扶欢社教〔{0}〕第{2}号", "a placeholder that does not exist")]
    public void A_certificate_format_that_would_number_two_certificates_alike_names_its_setting_and_an_example(string format, string why) =>
        Assert.That(() => new NumberingSettings { CertificateFormat = format }.Checked(),
            Throws.InvalidOperationException.With.Message.StartsWith("Volunteers:Numbering:CertificateFormat must contain {0}").And.Message.Contains("e.g. 扶欢社教〔{0}〕第{1:000}号"),
            why);

    [Test]
    public void A_bad_proof_format_names_the_proof_setting() =>
        Assert.That(() => new NumberingSettings { ProofFormat = "扶欢志证第{1}号" }.Checked(),
            Throws.InvalidOperationException.With.Message.StartsWith("Volunteers:Numbering:ProofFormat"));
}
