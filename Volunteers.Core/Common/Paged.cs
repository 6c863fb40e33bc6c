namespace Volunteers.Core.Common;

public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, long Total);

public sealed record Paging(int Page = 1, int PageSize = 50)
{
    public const int MaxPageSize = 200;
    public int Offset => (Page - 1) * PageSize;
}
