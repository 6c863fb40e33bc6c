using System.Globalization;

namespace Volunteers.Core.Documents.Layout;

public static class Numbers
{
    /// <summary>Hours as a person writes them: 3, 2.5, 1,204.5.</summary>
    public static string Hours(decimal hours) => hours.ToString("#,0.#", CultureInfo.InvariantCulture);

    public static string Percent(int part, int whole) =>
        whole <= 0 ? "—" : (100m * part / whole).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
