namespace Volunteers.Core.Common;

/// <summary>The way Chinese public notices hide a name: 张* · 李*英 · 欧阳**; characters, not code units, so 𠮷 counts as one.</summary>
public static class NameMask
{
    public static string Mask(string name)
    {
        var chars = name.EnumerateRunes().Select(r => r.ToString()).ToList();
        return chars.Count switch
        {
            0 => "",
            1 => chars[0],
            2 => chars[0] + "*",
            _ => chars[0] + new string('*', chars.Count - 2) + chars[^1],
        };
    }
}
