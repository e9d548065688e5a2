// The console's map: Leaflet (from its WebJar) drawing the layers the console serves as GeoJSON.
// No tiles unless the app names a tile URL (VIGIL_CONSOLE_TILE_URL): a plain background otherwise.
(function () {
  var element = document.getElementById("map");
  if (!element || typeof L === "undefined") {
    return;
  }
  var map = L.map(element, { attributionControl: false });
  var tiles = element.getAttribute("data-tiles");
  if (tiles) {
    L.tileLayer(tiles, { maxZoom: 19 }).addTo(map);
  }
  var styles = {
    zone: { color: "#0b4f8a", weight: 2, fillOpacity: 0.08 },
    restricted: { color: "#a31515", weight: 2, dashArray: "6 4", fillOpacity: 0.12 },
    incident: { color: "#7a1f6b", weight: 3, fillOpacity: 0.1 },
    place: { color: "#1e6b2f", weight: 2, radius: 6, fillOpacity: 0.8 }
  };
  function label(feature) {
    var text = document.createElement("span");
    text.textContent = feature.properties.name; // text, never HTML: names come from the stores
    return text;
  }
  fetch(element.getAttribute("data-layers"), { credentials: "same-origin" })
    .then(function (response) { return response.json(); })
    .then(function (collection) {
      var layer = L.geoJSON(collection, {
        style: function (feature) { return styles[feature.properties.kind] || styles.zone; },
        pointToLayer: function (feature, at) { return L.circleMarker(at, styles.place); },
        onEachFeature: function (feature, drawn) { drawn.bindTooltip(label(feature)); }
      }).addTo(map);
      // Fit the incident and the affected first (what the officer looks at), else everything drawn.
      var focus = L.featureGroup();
      layer.eachLayer(function (drawn) {
        var kind = drawn.feature.properties.kind;
        if (kind === "incident" || kind === "place") {
          focus.addLayer(L.geoJSON(drawn.feature));
        }
      });
      var bounds = focus.getLayers().length > 0 ? focus.getBounds() : layer.getBounds();
      if (bounds.isValid()) {
        map.fitBounds(bounds, { padding: [16, 16] });
      } else {
        map.setView([0, 0], 2);
      }
      element.setAttribute("data-drawn", String(collection.features.length));
    });
})();
