using System.Diagnostics;

namespace Volunteers.Tests.Documents;

/// <summary>qpdf --check, as a print shop's preflight runs it: no error and no warning.</summary>
public static class Qpdf
{
    public static void AssertClean(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"volunteers-qpdf-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            using var qpdf = Process.Start(new ProcessStartInfo("qpdf", ["--check", path]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = qpdf.StandardOutput.ReadToEndAsync();
            var errors = qpdf.StandardError.ReadToEndAsync();
            qpdf.WaitForExit();
            var said = output.Result + errors.Result;
            Assert.That((qpdf.ExitCode, said.Contains("WARNING", StringComparison.Ordinal)), Is.EqualTo((0, false)), $"qpdf --check:\n{said}");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
