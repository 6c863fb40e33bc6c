using System.Diagnostics;
using System.Text;

namespace Volunteers.Tests.Support;

/// <summary>LibreOffice Calc (headless) opening a workbook and saving its first sheet as UTF-8 CSV: what a clerk would see.</summary>
public static class LibreOffice
{
    public static List<string[]> FirstSheetAsSeen(byte[] xlsx)
    {
        var folder = Directory.CreateTempSubdirectory("volunteers-calc-").FullName;
        try
        {
            var input = Path.Combine(folder, "sheet.xlsx");
            File.WriteAllBytes(input, xlsx);
            var start = new ProcessStartInfo("soffice")
            {
                ArgumentList = { $"-env:UserInstallation=file://{folder}/profile", "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", folder, input },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            var csv = Path.Combine(folder, "sheet.csv");
            Assert.That(File.Exists(csv), Is.True, $"LibreOffice wrote no CSV: {output.Result} {errors.Result}");
            return Core.Exports.Csv.Read(Encoding.UTF8.GetString(File.ReadAllBytes(csv)).TrimStart('\uFEFF')).ToList();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
