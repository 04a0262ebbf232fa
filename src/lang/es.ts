import type { LanguageTable } from './table.js';

/** Spanish. */
const past = ['dijo', 'afirmó', 'señaló', 'añadió', 'agregó', 'explicó', 'declaró', 'indicó', 'aseguró', 'destacó', 'subrayó', 'comentó', 'expresó', 'manifestó', 'sostuvo', 'enfatizó', 'puntualizó', 'precisó', 'concluyó', 'mencionó', 'apuntó', 'recalcó', 'resaltó', 'advirtió', 'reconoció', 'insistió', 'anunció', 'celebró', 'detalló', 'comentó', 'expuso', 'recordó', 'admitió', 'sentenció', 'valoró', 'consideró', 'opinó', 'estimó'];
const present = ['dice', 'afirma', 'señala', 'añade', 'agrega', 'explica', 'declara', 'indica', 'asegura', 'destaca', 'subraya', 'comenta', 'expresa', 'manifiesta', 'sostiene', 'enfatiza', 'puntualiza', 'precisa', 'concluye', 'menciona', 'apunta', 'recalca', 'resalta', 'advierte', 'reconoce', 'insiste', 'anuncia', 'detalla', 'recuerda', 'considera', 'opina', 'estima'];
const perfect = ['dicho', 'afirmado', 'señalado', 'añadido', 'agregado', 'explicado', 'declarado', 'indicado', 'asegurado', 'destacado', 'subrayado', 'comentado', 'expresado', 'manifestado', 'sostenido', 'enfatizado', 'precisado', 'concluido', 'mencionado', 'recalcado', 'resaltado', 'advertido', 'reconocido', 'insistido', 'anunciado', 'recordado', 'considerado'];
/** Gerunds that carry a quote in a sentence about something else ("…, declarando que «…»"). */
const gerunds = ['declarando', 'afirmando', 'señalando', 'añadiendo', 'agregando', 'explicando', 'asegurando', 'destacando', 'subrayando', 'indicando', 'recordando', 'comentando', 'expresando', 'apuntando', 'precisando', 'insistiendo', 'advirtiendo', 'diciendo'];

export const es: LanguageTable = {
  code: 'es',
  stopwords: ['el', 'la', 'los', 'las', 'de', 'del', 'y', 'en', 'que', 'por', 'para', 'con', 'una', 'un', 'es', 'se', 'su', 'sus', 'al', 'como', 'más', 'lo', 'este', 'esta', 'ha', 'han', 'fue', 'son', 'sobre', 'entre'],
  months: {
    enero: 1, ene: 1, febrero: 2, feb: 2, marzo: 3, mar: 3, abril: 4, abr: 4, mayo: 5, may: 5, junio: 6, jun: 6,
    julio: 7, jul: 7, agosto: 8, ago: 8, septiembre: 9, setiembre: 9, sept: 9, sep: 9, octubre: 10, oct: 10, noviembre: 11, nov: 11, diciembre: 12, dic: 12,
  },
  weekdays: ['lunes', 'martes', 'miércoles', 'miercoles', 'jueves', 'viernes', 'sábado', 'sabado', 'domingo'],
  dateFillers: ['de', 'del', 'el'],
  cues: [...past, ...present, ...perfect.flatMap((p) => [`ha ${p}`, `han ${p}`, `había ${p}`]), ...gerunds],
  pronounCues: [],
  pronouns: ['él', 'ella', 'ellos', 'ellas'],
  statementHeads: ['declaración de', 'declaración del', 'declaración de la', 'comunicado de', 'comunicado del', 'mensaje de', 'mensaje del'],
  statementTopics: ['sobre', 'acerca', 'tras', 'ante', 'con motivo', 'respecto', 'en relación', 'por'],
  sentenceOpeners: ['enseguida', 'asimismo', 'además', 'finalmente', 'posteriormente', 'también', 'luego', 'después', 'igualmente', 'mientras', 'por', 'hoy', 'ayer', 'así', 'al', 'en', 'durante', 'tras', 'según', 'sobre', 'ante', 'para'],
  accordingTo: ['según', 'de acuerdo con', 'en palabras de'],
  honorifics: ['sr', 'sra', 'srta', 'don', 'doña', 'dr', 'dra', 'lic', 'ing', 'excmo', 'excma', 'mtro', 'mtra'],
  roleWords: ['ministro', 'ministra', 'presidente', 'presidenta', 'director', 'directora', 'secretario', 'secretaria', 'general', 'jefe', 'jefa', 'fundador', 'fundadora', 'cofundador', 'cofundadora', 'consejero', 'consejera', 'delegado', 'delegada', 'gerente', 'portavoz', 'rector', 'rectora', 'alcalde', 'alcaldesa', 'gobernador', 'gobernadora', 'vicepresidente', 'vicepresidenta', 'ejecutivo', 'ejecutiva', 'subsecretario', 'subsecretaria', 'coordinador', 'coordinadora', 'titular', 'embajador', 'embajadora', 'responsable', 'ceo', 'director general', 'fiscal', 'juez', 'jueza', 'investigador', 'investigadora', 'profesor', 'profesora', 'socio', 'socia', 'miembro', 'comisionado', 'comisionada'],
  articles: ['el', 'la', 'los', 'las', 'un', 'una', 'su'],
  nameParticles: ['de', 'del', 'la', 'las', 'los', 'y', 'da', 'van', 'von'],
  orgPrepositions: ['de la', 'del', 'de los', 'de las', 'de', 'en'],
  employerPrepositions: [],
  orgNouns: ['ministerio', 'secretaría', 'departamento', 'oficina', 'agencia', 'consejo', 'comisión', 'universidad', 'instituto', 'fundación', 'asociación', 'banco', 'tribunal', 'gobierno', 'empresa', 'grupo', 'dirección', 'organización'],
  orgSpeakers: ['la empresa', 'la compañía', 'la organización', 'el ministerio', 'la secretaría', 'el gobierno', 'la asociación', 'la fundación', 'el comunicado'],
  notQuoteBefore: ['titulado', 'titulada', 'denominado', 'denominada', 'llamado', 'llamada', 'conocido como', 'conocida como', 'operación', 'campaña', 'programa', 'proyecto', 'premio', 'guía', 'informe', 'iniciativa', 'plataforma', 'plan', 'lema', 'palabra', 'término', 'libro', 'película', 'serie', 'exposición', 'festival', 'concurso', 'ley', 'artículo', 'categoría'],
  areaFrames: [{ verb: '(?:son|constituyen) (?:los )?(?:pilares|ejes) de (?:la )?(?:cooperación|colaboración|relación)' }],
  areaIntros: [
    '(?:ámbitos|áreas|campos|sectores) (?:principales |prioritarios )?de (?:la )?(?:cooperación|colaboración|asociación)[^.:;]*?(?:son|incluyen|comprenden|abarcan|serán|:)',
    '(?:cooperación|colaboración)[^.:;]{0,60}?(?:en (?:los )?(?:ámbitos|áreas|campos|materias?) (?:de(?:l| la| los| las)? )?|se centrará en|se centra en|abarca|incluye)',
    '(?:cooperarán|colaborarán|trabajarán (?:conjuntamente|juntos)) (?:en|sobre) ',
    '(?:el acuerdo|el convenio|el memorando)[^.:;]{0,60}?(?:abarca|incluye|contempla|prevé)',
  ],
  noiseLines: ['compartir(?: en .*)?', 'imprimir', 'volver arriba', 'ir al contenido(?: principal)?', 'leer más', 'más información', 'síguenos.*', 'inicio', 'menú', 'buscar', 'cerrar', 'utilizamos cookies.*', 'aceptar(?: cookies)?', 'rechazar'],
  listEnders: ['etc', 'etc.'],
  listAnd: ['y', 'e', 'así como', 'o'],
};
