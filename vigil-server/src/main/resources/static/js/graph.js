/* Draws a relations graph with Cytoscape.js from the JSON in data-elements of each .graph element.
   The page shows the same relations as a table, so it reads fine without JavaScript. */
(function () {
  function draw(el) {
    if (typeof cytoscape === 'undefined') { return; }
    var elements = JSON.parse(el.getAttribute('data-elements') || '[]');
    var base = el.getAttribute('data-link') || '';
    el.hidden = false;
    var cy = cytoscape({
      container: el,
      elements: elements,
      wheelSensitivity: 0.3,
      style: [
        { selector: 'node', style: { 'label': 'data(label)', 'font-size': 11, 'text-wrap': 'wrap', 'text-max-width': 140,
          'background-color': '#0b4f9c', 'color': '#1b1b1b', 'text-valign': 'bottom', 'text-margin-y': 4, 'width': 18, 'height': 18 } },
        { selector: ':parent', style: { 'background-color': '#f3f5f7', 'background-opacity': 1, 'border-color': '#999999', 'border-width': 1,
          'text-valign': 'top', 'text-margin-y': -4, 'font-weight': 'bold', 'shape': 'round-rectangle' } },
        { selector: 'node[?center]', style: { 'background-color': '#c8102e', 'width': 26, 'height': 26, 'font-weight': 'bold' } },
        { selector: 'node[kind = "GOVERNMENT"]', style: { 'shape': 'round-rectangle' } },
        { selector: 'edge', style: { 'label': 'data(label)', 'font-size': 8, 'color': '#4a4a4a', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
          'line-color': '#888888', 'target-arrow-color': '#888888', 'width': 1.5, 'text-background-color': '#ffffff', 'text-background-opacity': 1 } }
      ],
      layout: { name: 'cose', animate: false, padding: 30, idealEdgeLength: function () { return 140; }, nodeRepulsion: function () { return 40000; } }
    });
    if (base) {
      cy.on('tap', 'node', function (evt) { window.location.href = base + encodeURIComponent(evt.target.id()); });
    }
  }
  document.addEventListener('DOMContentLoaded', function () {
    var els = document.querySelectorAll('.graph[data-elements]');
    for (var i = 0; i < els.length; i++) { draw(els[i]); }
  });
})();
