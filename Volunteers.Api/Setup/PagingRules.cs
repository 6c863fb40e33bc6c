using System.Linq.Expressions;
using FluentValidation;
using Volunteers.Core.Common;

namespace Volunteers.Api.Setup;

public sealed class PagingRules<T> : AbstractValidator<T>
{
    public PagingRules(Expression<Func<T, int>> page, Expression<Func<T, int>> pageSize)
    {
        RuleFor(page).GreaterThanOrEqualTo(1).WithMessage(_ => Text.T("页码从 1 开始", "Pages start at 1"));
        RuleFor(pageSize).InclusiveBetween(1, Paging.MaxPageSize)
            .WithMessage(_ => Text.T($"每页条数须在 1 到 {Paging.MaxPageSize} 之间", $"Page size must be between 1 and {Paging.MaxPageSize}"));
    }
}
