// The phone's own clock goes with the press, so the server can tell a phone set to another time; one press only.
document.querySelectorAll('form.scan').forEach(function (form) {
  form.addEventListener('submit', function () {
    form.querySelector('input[name=deviceTime]').value = new Date().toISOString();
    var button = form.querySelector('button');
    setTimeout(function () { button.disabled = true; button.textContent = '正在提交…'; }, 0);
  });
});
