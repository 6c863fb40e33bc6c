using System.ComponentModel;
using System.Diagnostics;

namespace Volunteers.Tests.Support;

/// <summary>
/// Reads a PDF's QR codes the way a phone does: each page rendered to an image by pdftoppm (poppler-utils) and scanned by
/// zbarimg (zbar-tools), so what is asserted is what a camera would decode, not the matrix the code was drawn from.
/// </summary>
public static class QrReader
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>The texts of the QR codes on each page, in page order.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Pages(byte[] pdf)
    {
        var folder = Directory.CreateTempSubdirectory("volunteers-qr-").FullName;
        try
        {
            var pdfPath = Path.Combine(folder, "document.pdf");
            File.WriteAllBytes(pdfPath, pdf);
            Run("pdftoppm", "poppler-utils", ["-png", "-r", "150", pdfPath, Path.Combine(folder, "page")], okExitCodes: [0]);
            // pdftoppm pads page numbers to the width of the page count, so the names sort in page order.
            return Directory.GetFiles(folder, "page-*.png").Order(StringComparer.Ordinal).Select(Scan).ToList();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The one QR code of a one-page document.</summary>
    public static string Single(byte[] pdf)
    {
        var pages = Pages(pdf);
        Assert.That(pages, Has.Count.EqualTo(1), "a one-page document");
        Assert.That(pages[0], Has.Count.EqualTo(1), "one QR code on the page");
        return pages[0][0];
    }

    /// <summary>The texts of the QR codes in a picture, e.g. a browser's screenshot of a page.</summary>
    public static IReadOnlyList<string> Picture(byte[] png)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("volunteers-qr-").FullName, "picture.png");
        try
        {
            File.WriteAllBytes(file, png);
            return Scan(file);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    private static IReadOnlyList<string> Scan(string png) =>
        // Exit code 4 is zbarimg's "no symbol found": a page without a code, which the caller's assertion judges.
        Run("zbarimg", "zbar-tools", ["--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", png], okExitCodes: [0, 4])
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static string Run(string program, string package, string[] arguments, int[] okExitCodes)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            Assert.Fail($"{program} is not installed: install the Debian package {package} (test.sh does).");
            throw;
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"{program} did not finish within {Timeout.TotalSeconds:0} s.");
            }
            process.WaitForExit();
            if (!okExitCodes.Contains(process.ExitCode))
                Assert.Fail($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {error.Result}");
            return output.Result;
        }
    }
}
