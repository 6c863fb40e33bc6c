// Cancelling a sign-up from /me: one DELETE with the card cookie, then the page again to show who moved up.
document.querySelectorAll('button[data-signup]').forEach(function (b) {
  b.addEventListener('click', function () {
    if (!confirm('确定取消这次报名吗？')) return;
    var id = b.getAttribute('data-signup'), out = document.getElementById('r-' + id);
    b.disabled = true;
    fetch('/api/me/signups/' + id, { method: 'DELETE', credentials: 'same-origin' }).then(function (r) {
      if (r.ok) { location.reload(); return; }
      return r.json().catch(function () { return {}; }).then(function (body) {
        out.textContent = body.detail || '取消未成功，请稍后再试。'; b.disabled = false;
      });
    }, function () { out.textContent = '网络不畅，请稍后再试。'; b.disabled = false; });
  });
});
